using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Core.Tests.Events.Coding;

/// <summary>Small dictionaries written for the coding tests, in the PETRARCH formats.</summary>
internal static class SmallDictionaries
{
    public const string Verbs = """
        <!-- test verbs -->
        &MONEY
        +DOLLAR
        +GOLD_COIN_   # no plural

        &NEGATION_
        +DID N'T
        +WILL NOT

        &FUNDS
        +&MONEY
        +CREDIT

        --- CRITICIZE [121] ---
        CRITICIZE
        CONDEMN [122]
        - * HARSHLY [123]
        - &NEGATION * [129]

        --- VISIT [042:043] ---
        VISIT

        --- GIVE [070] ---
        GIVE {GAVE GIVEN GIVING GIVES}
        - * &MONEY [071]
        - * AID_TO + [073]
        - * &FUNDS [074]

        --- CUT [---] ---
        CUT
        +CUT_OFF {+CUTS_OFF +CUT_OFF +CUTTING_OFF} [191]
        - * TIES [161]

        --- RECEIVE [033] ---
        RECEIVE
        - + * MONEY FROM $ [071]

        --- AGREE [081] ---
        AGREE
        - % * [030:030]
        """;

    public const string Actors = """
        ARNOR [ARN]
        GONDOR [GON]
        +MINAS_TIRITH
        ROHAN [ROH]
        ZIMBABWE
            [RHO <790606]
            [ZBW]
        THE_SHIRE [FRO/SAM]
        """;

    public const string Agents = """
        !PERSON! = MAN, WOMAN
        GOVERNMENT [~GOV]
        MINISTER [~GOV]
        POLICE {} [~COP]
        CONGRESS!PERSON! [~LEG]
        AID_AGENCY [NGO~]
        """;

    public const string Discards = """
        BASEBALL
        +TYPHOON
        """;

    public static CodingDictionaries Read() =>
        CodingDictionaries.Parse(("verbs.txt", Verbs), ("actors.txt", Actors), ("agents.txt", Agents), ("discards.txt", Discards));
}
