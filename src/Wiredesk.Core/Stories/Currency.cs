namespace Wiredesk.Core.Stories;

/// <summary>
/// A currency as an article writes it: amounts with the same <see cref="Key"/> are compared, others never.
/// <see cref="Name"/> names it in a disagreement ("dollars"); an amount is shown as prefix, figure, suffix ("$4.2 billion",
/// "2.4 million crowns").
/// </summary>
internal sealed record Currency(string Key, string Name, string Prefix, string Suffix)
{
    public static readonly Currency Dollars = new("USD", "dollars", "$", string.Empty);

    private static readonly Currency Euros = new("EUR", "euros", "€", string.Empty);
    private static readonly Currency Pounds = new("GBP", "pounds", "£", string.Empty);
    private static readonly Currency Crowns = Word("crowns");
    private static readonly Currency Yuan = Word("yuan");
    private static readonly Currency Yen = Word("yen");
    private static readonly Currency Rupees = Word("rupees");

    /// <summary>Signs written before the figure ("$4.2 billion", "US$4.2bn", "€300 million").</summary>
    public static readonly IReadOnlyDictionary<string, Currency> Signs = new Dictionary<string, Currency>(StringComparer.Ordinal)
    {
        ["$"] = Dollars, ["US$"] = Dollars, ["€"] = Euros, ["£"] = Pounds, ["₹"] = Rupees, ["¥"] = new("¥", "yen or yuan", "¥", string.Empty),
        ["C$"] = new("CAD", "Canadian dollars", "C$", string.Empty), ["A$"] = new("AUD", "Australian dollars", "A$", string.Empty),
        ["HK$"] = new("HKD", "Hong Kong dollars", "HK$", string.Empty), ["S$"] = new("SGD", "Singapore dollars", "S$", string.Empty),
        ["NZ$"] = new("NZD", "New Zealand dollars", "NZ$", string.Empty), ["R$"] = new("BRL", "reais", "R$", string.Empty),
    };

    /// <summary>Codes, written before or after the figure ("USD 4.2 billion", "2.4 million NOK"); case matters.</summary>
    public static readonly IReadOnlyDictionary<string, Currency> Codes = new Dictionary<string, Currency>(StringComparer.Ordinal)
    {
        ["USD"] = Dollars, ["EUR"] = Euros, ["GBP"] = Pounds, ["CNY"] = Yuan, ["RMB"] = Yuan, ["JPY"] = Yen, ["INR"] = Rupees,
        ["Rs"] = Rupees, ["NOK"] = Code("NOK"), ["SEK"] = Code("SEK"), ["DKK"] = Code("DKK"), ["ISK"] = Code("ISK"),
        ["CHF"] = Code("CHF"), ["CAD"] = Code("CAD"), ["AUD"] = Code("AUD"), ["HKD"] = Code("HKD"), ["RUB"] = Code("RUB"),
    };

    /// <summary>Currency words after the figure, lower case ("4.2 billion dollars", "2,400,000 crowns").</summary>
    public static readonly IReadOnlyDictionary<string, Currency> Words = new Dictionary<string, Currency>(StringComparer.Ordinal)
    {
        ["dollars"] = Dollars, ["dollar"] = Dollars, ["euros"] = Euros, ["euro"] = Euros, ["pounds"] = Pounds, ["pound"] = Pounds,
        ["sterling"] = Pounds, ["crowns"] = Crowns, ["crown"] = Crowns, ["kronor"] = Crowns, ["krona"] = Crowns, ["kroner"] = Crowns,
        ["krone"] = Crowns, ["kronur"] = Crowns, ["yuan"] = Yuan, ["renminbi"] = Yuan, ["yen"] = Yen, ["rupees"] = Rupees,
        ["rupee"] = Rupees, ["roubles"] = Word("roubles"), ["rubles"] = Word("roubles"), ["francs"] = Word("francs"),
        ["pesos"] = Word("pesos"), ["rand"] = Word("rand"), ["lira"] = Word("lira"), ["ringgit"] = Word("ringgit"),
        ["baht"] = Word("baht"), ["zlotys"] = Word("zlotys"), ["naira"] = Word("naira"), ["shekels"] = Word("shekels"),
        ["dirhams"] = Word("dirhams"), ["riyals"] = Word("riyals"),
    };

    /// <summary>
    /// A country's adjective before a currency word makes it another currency ("Canadian dollars", "Norwegian crowns"),
    /// except where it names the one the bare word means ("US dollars").
    /// </summary>
    public static readonly IReadOnlySet<string> Adjectives = new HashSet<string>(
        ["US", "U.S.", "U.S", "American", "Canadian", "Australian", "Singapore", "Taiwan", "Norwegian", "Swedish", "Danish", "Icelandic",
         "Czech", "Swiss", "Chinese", "Japanese", "Indian", "Pakistani", "Mexican", "Brazilian", "Argentine", "Philippine", "Russian",
         "Turkish", "Egyptian", "Israeli"],
        StringComparer.Ordinal);

    /// <summary>The currency <paramref name="word"/> names after <paramref name="adjective"/>, if any.</summary>
    public static Currency Qualified(Currency word, string? adjective) =>
        adjective is null or "US" or "U.S." or "U.S" or "American" || (word == Yuan && adjective == "Chinese") || (word == Yen && adjective == "Japanese")
            ? word
            : new Currency($"{adjective} {word.Name}", $"{adjective} {word.Name}", string.Empty, $" {adjective} {word.Name}");

    /// <summary>How an amount of <paramref name="value"/> in this currency is shown: "$4.2 billion", "2.4 million crowns".</summary>
    public string Show(decimal value) => Prefix + Figure(value) + Suffix;

    private static string Figure(decimal value) => value switch
    {
        >= 1_000_000_000_000m => Scaled(value / 1_000_000_000_000m, "trillion"),
        >= 1_000_000_000m => Scaled(value / 1_000_000_000m, "billion"),
        >= 1_000_000m => Scaled(value / 1_000_000m, "million"),
        _ => value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Scaled(decimal value, string magnitude) =>
        value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " " + magnitude;

    private static Currency Word(string name) => new(name, name, string.Empty, " " + name);

    private static Currency Code(string code) => new(code, code, code + " ", string.Empty);
}
