namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Reads the PETRARCH agents dictionary: <c>PHRASE {PLURAL} [~CODE]</c> lines (a regular plural is added unless one is
/// given in braces; <c>{}</c> means none), substitution sets <c>!PERSON! = MAN, MEN, WOMAN</c> used inside phrases
/// (<c>CONGRESS!PERSON!</c>, each member substituted, no plural added), and codes written <c>~GOV</c> (after the
/// actor's code) or <c>NGO~</c> (before it).
/// </summary>
internal static class AgentDictionaryReader
{
    public static AgentDictionary Read(string content, string fileName = "agents", bool lenient = false)
    {
        var index = new PhraseIndex<AgentEntry>();
        var markers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var warnings = new List<string>();
        foreach (var (number, text) in DictionaryLines.Of(content))
        {
            DictionaryFormatException Error(string message) => new(fileName, number, message);
            try
            {
                var open = text.IndexOf('[', StringComparison.Ordinal);
                if (open < 0 && text.StartsWith('!') && text.Contains('=', StringComparison.Ordinal))
                {
                    var equals = text.IndexOf('=', StringComparison.Ordinal);
                    var name = text[..equals].Trim().ToUpperInvariant();
                    if (name.Length < 3 || !name.EndsWith('!'))
                    {
                        throw Error("a substitution set is written !NAME! = A, B, C");
                    }

                    markers[name] = text[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToUpperInvariant()).ToList();
                    continue;
                }

                if (open < 0)
                {
                    throw Error($"agent '{text}' has no code in [...]");
                }

                var close = text.IndexOf(']', open);
                if (close < 0)
                {
                    throw Error("a code is missing its closing ']'");
                }

                var rawCode = text[(open + 1)..close].Trim();
                var prefix = rawCode.EndsWith('~');
                if (!prefix && !rawCode.StartsWith('~'))
                {
                    throw Error($"agent code '[{rawCode}]' needs a '~' before (~GOV) or after (NGO~) it");
                }

                var code = rawCode.Trim('~').Trim();
                var phrase = text[..open].Trim();
                string? plural = null;
                var brace = phrase.IndexOf('{', StringComparison.Ordinal);
                if (brace >= 0)
                {
                    var braceEnd = phrase.IndexOf('}', brace);
                    if (braceEnd < 0)
                    {
                        throw Error("a plural is missing its closing '}'");
                    }

                    plural = phrase[(brace + 1)..braceEnd].Trim();
                    phrase = phrase[..brace].Trim();
                }

                if (phrase.Length == 0)
                {
                    throw Error("an agent line needs a phrase");
                }

                foreach (var (variant, regularPlural) in Substituted(phrase.ToUpperInvariant(), markers, Error))
                {
                    var words = Words(variant);
                    index.Add(words, new AgentEntry(words, code, prefix));
                    var plurals = plural is null
                        ? regularPlural ? [[.. words[..^1], Inflections.Plural(words[^1])]] : []
                        : plural.Length == 0 ? [] : new List<List<string>> { Words(plural.ToUpperInvariant()) };
                    foreach (var pluralWords in plurals)
                    {
                        index.Add(pluralWords, new AgentEntry(pluralWords, code, prefix));
                    }
                }
            }
            catch (DictionaryFormatException e) when (lenient)
            {
                warnings.Add(e.Message + "; the line is skipped");
            }
        }


        return new AgentDictionary(index, warnings);
    }

    private static List<string> Words(string text) =>
        text.Split((char[])[' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static IEnumerable<(string Phrase, bool RegularPlural)> Substituted(string phrase, Dictionary<string, List<string>> markers, Func<string, DictionaryFormatException> error)
    {
        var start = phrase.IndexOf('!', StringComparison.Ordinal);
        if (start < 0)
        {
            yield return (phrase, true);
            yield break;
        }

        var end = phrase.IndexOf('!', start + 1);
        if (end < 0)
        {
            throw error($"'{phrase}': a substitution marker is written !NAME!");
        }

        var marker = phrase[start..(end + 1)];
        if (!markers.TryGetValue(marker, out var members))
        {
            throw error($"substitution set {marker} is not defined (define it as {marker} = A, B before use)");
        }

        foreach (var member in members)
        {
            yield return (phrase[..start] + member + phrase[(end + 1)..], false);
        }
    }
}
