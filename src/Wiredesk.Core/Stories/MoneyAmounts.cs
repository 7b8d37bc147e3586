using System.Globalization;
using System.Text.RegularExpressions;

namespace Wiredesk.Core.Stories;

/// <summary>An amount of money an article gives: its value, the step it is written to (0.1 billion for "$4.2 billion")
/// and its currency.</summary>
internal readonly record struct MoneyAmount(decimal Value, decimal Precision, Currency Currency)
{
    /// <summary>Whether one amount could be the other rounded ("$4 billion" and "$4.2 billion", not "$4.1 billion" and
    /// "$4.2 billion").</summary>
    public bool Agrees(MoneyAmount other) => Math.Abs(Value - other.Value) <= Math.Max(Precision, other.Precision) / 2;
}

/// <summary>
/// Reads amounts of money from a sentence: a figure with a currency sign, code or word and a magnitude ("$4.2 billion",
/// "US$4.2bn", "4.2 billion dollars", "2,400,000 crowns", "NOK 2.4 million"). Prices per unit and rates ("38 crowns a
/// share", "$300 million a year") are not amounts, nor are exchange rates ("$1 = 6.96 yuan") or "pounds" without a
/// magnitude or before "of", which may be a weight ("5 million pounds of thrust").
/// </summary>
internal static partial class MoneyAmounts
{
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["k"] = 1_000m, ["thousand"] = 1_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["million"] = 1_000_000m,
        ["b"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["billion"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m,
        ["trn"] = 1_000_000_000_000m, ["trillion"] = 1_000_000_000_000m, ["bln"] = 1_000_000_000m, ["trln"] = 1_000_000_000_000m,
        ["lakh"] = 100_000m, ["lakhs"] = 100_000m, ["crore"] = 10_000_000m, ["crores"] = 10_000_000m,
    };

    /// <summary>What a price is given per, after "a", "an" or "per" ("38 crowns a share").</summary>
    private static readonly HashSet<string> Units = new(
        ["share", "barrel", "year", "month", "week", "day", "hour", "minute", "quarter", "ounce", "tonne", "ton", "gallon", "litre",
         "liter", "kilogram", "kilo", "kg", "pound", "head", "person", "night", "unit", "seat", "ticket", "vote", "square", "piece",
         "bottle", "dose", "megawatt", "kilowatt", "mwh", "kwh", "visitor", "passenger", "student", "child", "employee", "worker",
         "household", "family", "car", "vehicle", "room", "bag", "pack", "meal", "game", "match", "episode", "copy"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Rates = new(["annually", "yearly", "monthly", "weekly", "daily", "each", "apiece"], StringComparer.Ordinal);

    // "a day after the deal" is a time, not a rate.
    private static readonly HashSet<string> TimeAfter = new(["after", "before", "later", "earlier", "ago"], StringComparer.Ordinal);

    /// <summary>The amounts of money in <paramref name="sentence"/>, in order.</summary>
    public static IEnumerable<MoneyAmount> In(string sentence)
    {
        var words = Words(sentence);
        for (var i = 0; i < words.Length; i++)
        {
            var match = Figure().Match(words[i]);
            if (!match.Success || (i > 0 && words[i - 1] == "="))
            {
                continue;
            }

            var figure = match.Groups["figure"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            if (!decimal.TryParse(figure, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number == 0)
            {
                continue;
            }

            var next = i + 1;
            decimal? scale = match.Groups["scale"].Success ? Scales[match.Groups["scale"].Value.ToLowerInvariant()] : null;
            if (scale is null && next < words.Length && Scales.TryGetValue(words[next].ToLowerInvariant(), out var named) && (words[next].Length > 1 || named == 1_000_000m))
            {
                scale = named;
                next++;
            }

            var currency = CurrencyOf(words, i, match.Groups["sign"], scale is not null, ref next);
            if (currency is null || PerUnit(words, next) || (next < words.Length && words[next] == "="))
            {
                continue;
            }

            var unit = scale ?? 1m;
            yield return new MoneyAmount(number * unit, Precision(figure, scale is not null) * unit, currency);
        }
    }

    /// <summary>The currency of the figure at <paramref name="at"/>: its sign, a code before it, or a word or code after
    /// it and its magnitude (<paramref name="next"/>, moved past the word).</summary>
    private static Currency? CurrencyOf(string[] words, int at, Group sign, bool scaled, ref int next)
    {
        if (sign.Success)
        {
            return Currency.Signs[sign.Value.ToUpperInvariant()];
        }

        if (at > 0 && (Currency.Codes.TryGetValue(words[at - 1], out var before) || Currency.Signs.TryGetValue(words[at - 1], out before)))
        {
            return before;
        }

        var k = next;
        var adjective = k < words.Length && Currency.Adjectives.Contains(words[k]) ? words[k++] : null;
        if (k >= words.Length)
        {
            return null;
        }

        // "8 Rand Paul": a capitalised currency word before another capitalised word is a name.
        var word = words[k].ToLowerInvariant();
        var name = char.IsUpper(words[k][0]) && k + 1 < words.Length && char.IsUpper(words[k + 1][0]);
        if (Currency.Words.TryGetValue(word, out var named) && !name && (word is not ("pounds" or "pound") || Money(words, k, scaled)))
        {
            next = k + 1;
            return Currency.Qualified(named, adjective);
        }

        if (adjective is null && Currency.Codes.TryGetValue(words[k], out var code))
        {
            next = k + 1;
            return code;
        }

        return null;
    }

    /// <summary>Whether "pounds" at <paramref name="at"/> is money: after a magnitude and not before "of" ("5 million
    /// pounds of thrust" is a weight).</summary>
    private static bool Money(string[] words, int at, bool scaled) =>
        scaled && !(at + 1 < words.Length && words[at + 1] == "of");

    private static bool PerUnit(string[] words, int at)
    {
        if (at >= words.Length)
        {
            return false;
        }

        var word = words[at].ToLowerInvariant();
        if (word == "per" || Rates.Contains(word))
        {
            return true;
        }

        return word is "a" or "an" && at + 1 < words.Length && Units.Contains(words[at + 1].ToLowerInvariant())
            && !(at + 2 < words.Length && TimeAfter.Contains(words[at + 2].ToLowerInvariant()));
    }

    /// <summary>The step a figure is written to: 0.1 for "4.2", 100,000 for "2400000", 1 for the "800" of "800 million"
    /// (<paramref name="scaled"/>): a figure before a magnitude is rounded to that magnitude already.</summary>
    private static decimal Precision(string figure, bool scaled)
    {
        var point = figure.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0)
        {
            var step = 1m;
            for (var d = point + 1; d < figure.Length; d++)
            {
                step /= 10;
            }

            return step;
        }

        var zeros = 1m;
        for (var d = figure.Length - 1; !scaled && d > 0 && figure[d] == '0'; d--)
        {
            zeros *= 10;
        }

        return zeros;
    }

    /// <summary>The words of a sentence, hyphenated words apart ("4.2-billion-dollar"), without the punctuation around them.</summary>
    private static string[] Words(string sentence) =>
        sentence.Split([' ', '\t', '\n', '\r', '\u00A0', '-', '–', '—', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimStart('(', '[', '"', '\'', '“', '‘').TrimEnd(',', '.', ';', ':', ')', ']', '"', '\'', '”', '’', '!', '?'))
            .Where(w => w.Length > 0)
            .ToArray();

    [GeneratedRegex(@"^(?<sign>US\$|C\$|A\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹)?(?<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<scale>bn|bln|b|mn|mln|m|k|tn|trn|million|billion|trillion)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Text.RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Figure();
}
