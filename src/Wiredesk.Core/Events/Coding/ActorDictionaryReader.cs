using System.Globalization;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Reads the PETRARCH actors dictionary: a name line (<c>GONDOR [GON]</c>, words joined by <c>_</c> or spaces, codes
/// on the line or on following <c>[…]</c> lines), synonym lines <c>+MINAS_TIRITH</c> sharing the name's codes, and
/// date restrictions inside the brackets (<c>&lt;date</c>, <c>&gt;date</c>, <c>date-date</c>; dates YYYYMMDD or YYMMDD,
/// YY up to 30 meaning 20YY). A name listed twice keeps all its codes, the first written first.
/// </summary>
internal static class ActorDictionaryReader
{
    public static ActorDictionary Read(string content, string fileName = "actors")
    {
        var byName = new Dictionary<string, (List<string> Words, List<DatedCode> Codes)>(StringComparer.Ordinal);
        var order = new List<string>();
        var group = new List<List<string>>();
        var codes = new List<DatedCode>();

        void Flush()
        {
            foreach (var words in group)
            {
                var key = string.Join(' ', words);
                if (!byName.TryGetValue(key, out var entry))
                {
                    entry = (words, []);
                    byName[key] = entry;
                    order.Add(key);
                }

                entry.Codes.AddRange(codes);
            }

            group = [];
            codes = [];
        }

        foreach (var (number, text) in DictionaryLines.Of(content))
        {
            DictionaryFormatException Error(string message) => new(fileName, number, message);

            if (text.StartsWith('['))
            {
                if (group.Count == 0)
                {
                    throw Error("a code line before any actor name");
                }

                codes.AddRange(Codes(text, Error));
                continue;
            }

            var open = text.IndexOf('[', StringComparison.Ordinal);
            var name = (open < 0 ? text : text[..open]).Trim();
            if (text.StartsWith('+'))
            {
                if (group.Count == 0)
                {
                    throw Error($"synonym '{text}' before any actor name");
                }

                name = name[1..];
            }
            else
            {
                Flush();
            }

            var words = name.ToUpperInvariant().Split((char[])[' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count == 0)
            {
                throw Error("an actor line needs a name");
            }

            group.Add(words);
            if (open >= 0)
            {
                codes.AddRange(Codes(text[open..], Error));
            }
        }

        Flush();
        var index = new PhraseIndex<ActorEntry>();
        foreach (var key in order)
        {
            var (words, list) = byName[key];
            index.Add(words, new ActorEntry(words, list));
        }

        return new ActorDictionary(index);
    }

    /// <summary>Every <c>[…]</c> group in <paramref name="text"/>, which starts with <c>[</c>.</summary>
    private static IEnumerable<DatedCode> Codes(string text, Func<string, DictionaryFormatException> error)
    {
        var rest = text;
        while (rest.Length > 0)
        {
            var open = rest.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                if (rest.Trim().Length > 0)
                {
                    throw error($"unexpected text '{rest.Trim()}' after the codes");
                }

                yield break;
            }

            var close = rest.IndexOf(']', open);
            if (close < 0)
            {
                throw error("a code is missing its closing ']'");
            }

            yield return Code(rest[(open + 1)..close], error);
            rest = rest[(close + 1)..];
        }
    }

    private static DatedCode Code(string inside, Func<string, DictionaryFormatException> error)
    {
        var parts = inside.Split((char[])[' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw error("an empty code []");
        }

        var code = parts[0];
        if (parts.Length == 1)
        {
            return new DatedCode(code, null, null);
        }

        var restriction = parts[1].Replace(" ", "", StringComparison.Ordinal);
        if (restriction.StartsWith('<'))
        {
            return new DatedCode(code, null, Date(restriction[1..], error).AddDays(-1));
        }

        if (restriction.StartsWith('>'))
        {
            return new DatedCode(code, Date(restriction[1..], error).AddDays(1), null);
        }

        var dash = restriction.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            return new DatedCode(code, Date(restriction[..dash], error), Date(restriction[(dash + 1)..], error));
        }

        throw error($"'[{inside}]': a date restriction is <date, >date or date-date");
    }

    private static DateOnly Date(string text, Func<string, DictionaryFormatException> error)
    {
        if (text.All(char.IsAsciiDigit))
        {
            if (text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
            {
                return full;
            }

            if (text.Length == 6 && DateOnly.TryParseExact(text[2..], "MMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                var year = int.Parse(text[..2], CultureInfo.InvariantCulture);
                year += year <= 30 ? 2000 : 1900;
                if (DateOnly.TryParseExact(year.ToString("D4", CultureInfo.InvariantCulture) + text[2..], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var shortDate))
                {
                    return shortDate;
                }
            }
        }

        throw error($"'{text}' is not a date (YYYYMMDD or YYMMDD)");
    }
}
