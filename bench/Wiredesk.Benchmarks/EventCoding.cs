using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Benchmarks;

/// <summary>
/// Coding news sentences with the dictionary-driven event coder from plain text; one operation codes the twelve
/// sentences below. The dictionaries are written for this benchmark and padded with generated entries (2,000 actors,
/// 300 verb blocks of 12 patterns) so that look-ups run against indexes of a realistic size.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EventCoding
{
    private static readonly string[] Sentences =
    [
        "Veldran's foreign minister met his Ostmark counterpart in Portheaven on Tuesday and signed a trade agreement.",
        "The Ostmark government condemned the attack by Veldran soldiers near the border, officials said.",
        "Police in Portheaven arrested twelve protesters on Wednesday after a march on the parliament.",
        "Veldran and Ostmark agreed that talks on the disputed river would resume next month.",
        "The prime minister of Lunea urged Veldran to withdraw its troops from the northern valley.",
        "Ostmark accused Veldran of violating the ceasefire, a spokesman for the army said.",
        "Lunea's president will visit Ostmark next week to discuss aid for flood victims.",
        "Rebels attacked a convoy of Veldran trucks carrying food to the besieged town, killing four drivers.",
        "The United Nations criticized both Veldran and Ostmark for failing to protect civilians.",
        "Veldran threatened to impose sanctions on Lunea if it did not release the detained journalists.",
        "Ostmark denied that its aircraft had entered Veldran airspace during the exercise.",
        "The two leaders praised the agreement, which ends a dispute that began in 2019.",
    ];

    private readonly EventCoder _coder = new(Dictionaries());

    [Benchmark]
    public int CodeTwelveSentences()
    {
        var events = 0;
        foreach (var sentence in Sentences)
        {
            events += _coder.Code(sentence).Events.Count;
        }

        return events;
    }

    private static CodingDictionaries Dictionaries()
    {
        var verbs = new StringBuilder("""
            &ACCORD
            +AGREEMENT
            +TREATY
            +DEAL

            --- MEET [031:031] ---
            MEET {MEETS MET MEETING}
            - * WITH + [031]

            --- SIGN [081] ---
            SIGN
            - * &ACCORD [081]

            --- CONDEMN [122] ---
            CONDEMN
            CRITICIZE [121]
            ACCUSE [112]
            DENY [141]

            --- ARREST [173] ---
            ARREST

            --- AGREE [030] ---
            AGREE
            - % * [030:030]

            --- URGE [102] ---
            URGE

            --- VISIT [042:043] ---
            VISIT

            --- ATTACK [190] ---
            ATTACK
            KILL [190]

            --- THREATEN [130] ---
            THREATEN
            - * TO IMPOSE SANCTIONS [1312]

            --- PRAISE [051] ---
            PRAISE

            """);
        for (var b = 0; b < 300; b++)
        {
            verbs.Append(CultureInfo.InvariantCulture, $"--- FILLER{b} [0{b % 90 + 10}] ---\nFILLVERB{b}\n");
            for (var p = 0; p < 12; p++)
            {
                verbs.Append(CultureInfo.InvariantCulture, $"- * WORD{p} OTHER{b} [0{p + 10}]\n");
            }
        }

        var actors = new StringBuilder("""
            VELDRAN [VEL]
            OSTMARK [OST]
            +PORTHEAVEN
            LUNEA [LUN]
            UNITED_NATIONS [IGOUNO]

            """);
        for (var a = 0; a < 2000; a++)
        {
            actors.Append(CultureInfo.InvariantCulture, $"PLACE{a} TOWN{a % 37} [P{a:D4}]\n");
        }

        const string agents = """
            FOREIGN_MINISTER [~GOVFRM]
            PRIME_MINISTER [~GOV]
            PRESIDENT [~GOV]
            GOVERNMENT [~GOV]
            POLICE {} [~COP]
            SOLDIER [~MIL]
            REBEL [~REB]
            PROTESTER [~OPP]
            SPOKESMAN [~GOV]
            ARMY [~MIL]
            """;
        return CodingDictionaries.Parse(("bench.verbs", verbs.ToString()), ("bench.actors", actors.ToString()), ("bench.agents", agents));
    }
}
