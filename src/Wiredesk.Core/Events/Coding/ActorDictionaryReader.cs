using System.Globalization;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Reads the PETRARCH actors dictionary: a name line (<c>GONDOR [GON]</c>, words joined by <c>_</c> or spaces, codes
/// on the line or on following <c>[…]</c> lines), synonym lines <c>+MINAS_TIRITH</c> sharing the name's codes, and
/// date restrictions inside the brackets (<c>&lt;date</c>, <c>&gt;date</c>, <c>date-date</c>; dates YYYYMMDD or YYMMDD,
/// YY up to 30 meaning 20YY). A name listed twice keeps all its codes, the first written first. A malformed line throws
/// <see cref="DictionaryFormatException"/> naming the file and line or, when reading leniently (as PETRARCH does with
/// its large dictionaries), is skipped with a warning.
/// </summary>
internal static class ActorDictionaryReader
{
    public static ActorDictionary Read(string content, string fileName = "actors", bool lenient = false)
    {
        var byName = new Dictionary<string, (List<string> Words, List<DatedCode> Codes)>(StringComparer.Ordinal);
        var warnings = new List<string>();
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
            try
            {
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
            catch (DictionaryFormatException e) when (lenient)
            {
                warnings.Add(e.Message + "; the line is skipped");
            }
        }

        Flush();
        var index = new PhraseIndex<ActorEntry>();
        foreach (var key in order)
        {
            var (words, list) = byName[key];
            index.Add(words, new ActorEntry(words, list));
        }

        return new ActorDictionary(index, warnings);
    }

    /// <summary>Every <c>[…]</c> group in <paramref name="text"/>, which starts with <c>[</c>.</summary>
    private static List<DatedCode> Codes(string text, Func<string, DictionaryFormatException> error)
    {
        var codes = new List<DatedCode>();
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

                break;
            }

            var close = rest.IndexOf(']', open);
            if (close < 0)
            {
                throw error("a code is missing its closing ']'");
            }

            codes.Add(Code(rest[(open + 1)..close], error));
            rest = rest[(close + 1)..];
        }

        return codes;
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
        DateOnly? from = null, until = null;
        var ok = restriction switch
        {
            ['<', .. var d] => Date(d, out until, -1),
            ['>', .. var d] => Date(d, out from, 1),
            _ when restriction.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 =>
                Date(restriction[..dash], out from, 0) & Date(restriction[(dash + 1)..], out until, 0),
            _ => false,
        };
        if (!ok)
        {
            throw error($"'[{inside}]': a date restriction is <date, >date or date-date, with dates YYYYMMDD or YYMMDD");
        }

        return new DatedCode(code, from, until);
    }

    /// <summary>
    /// Reads a date as PETRARCH does: up to seven characters are YYMMDD (YY up to 30 meaning 20YY), more are
    /// YYYYMMDD; characters past those are ignored. <paramref name="shift"/> days are added.
    /// </summary>
    private static bool Date(string text, out DateOnly? date, int shift)
    {
        date = null;
        string full;
        if (text.Length >= 8)
        {
            full = text[..8];
        }
        else if (text.Length >= 6)
        {
            if (!int.TryParse(text[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                return false;
            }

            full = (year + (year <= 30 ? 2000 : 1900)).ToString("D4", CultureInfo.InvariantCulture) + text[2..6];
        }
        else
        {
            return false;
        }

        if (!DateOnly.TryParseExact(full, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed.AddDays(shift);
        return true;
    }
}
