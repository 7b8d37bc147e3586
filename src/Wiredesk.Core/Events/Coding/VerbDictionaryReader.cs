using System.Text;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Reads the PETRARCH verb-dictionary format: synsets (<c>&amp;NAME</c> then <c>+phrase</c> lines, possibly naming
/// other synsets; plurals added unless the name or the phrase ends in <c>_</c>), verb blocks
/// (<c>--- NAME [code] ---</c>) whose verb lines give a verb with optional irregular forms in <c>{…}</c> and an optional
/// code, multi-word verbs joined by <c>_</c> with <c>+</c> on the verb word, and pattern lines
/// <c>- pre * post [code]</c> (<c>_</c> adjacency, <c>$</c> source, <c>+</c> target, <c>%</c> compound, <c>^</c> skip,
/// <c>&amp;SYN</c> references; PETRARCH 2's <c>(PREP NOUN)</c> and <c>{NOUN PHRASE}</c> groupings are read as plain words in
/// order; TABARI's disjunctions <c>|</c> are skipped). Codes are <c>[064]</c>, <c>[032:033]</c> or <c>[---]</c>. Comments: <c>#</c> and
/// <c>&lt;!-- --&gt;</c>. Throws <see cref="DictionaryFormatException"/> naming the file and line of malformed input or,
/// when reading leniently (as PETRARCH does with its large dictionaries), skips the line with a warning.
/// </summary>
internal static class VerbDictionaryReader
{
    public static VerbDictionary Read(string content, string fileName = "verbs", bool lenient = false)
    {
        var blocks = new List<VerbBlock>();
        var forms = new List<VerbForm>();
        var synsetMembers = new Dictionary<string, List<(List<string> Words, int Line)>>(StringComparer.Ordinal);
        var synsetReferences = new List<(string Name, int Line)>();
        VerbBlock? block = null;
        List<(List<string> Words, int Line)>? synset = null;
        var synsetNoPlural = false;
        var warnings = new List<string>();

        foreach (var (number, text) in DictionaryLines.Of(content))
        {
            DictionaryFormatException Error(string message) => new(fileName, number, message);
            try
            {
                if (synset is not null && text.StartsWith('+'))
                {
                    var member = text[1..].Trim();
                    var noPlural = synsetNoPlural || member.EndsWith('_');
                    var words = Words(member.TrimEnd('_'));
                    if (words.Count == 0)
                    {
                        throw Error("empty synset phrase");
                    }

                    if (words[0].StartsWith('&'))
                    {
                        if (words.Count > 1)
                        {
                            throw Error($"a synset member naming another synset ('{words[0]}') must stand alone");
                        }

                        if (!synsetMembers.ContainsKey(SynsetName(words[0])))
                        {
                            throw Error($"synset {SynsetName(words[0])} must be defined before a synset that contains it");
                        }

                        synset.Add(([SynsetName(words[0])], number));
                        continue;
                    }

                    synset.Add((words, number));
                    if (!noPlural)
                    {
                        synset.Add(([.. words[..^1], Inflections.Plural(words[^1])], number));
                    }

                    continue;
                }

                synset = null;
                if (text.StartsWith("---", StringComparison.Ordinal))
                {
                    block = Header(text, number, Error);
                    blocks.Add(block);
                }
                else if (text.StartsWith('-'))
                {
                    if (block is null)
                    {
                        throw Error("a pattern line before any verb block (--- NAME [code] ---)");
                    }

                    if (!text.Contains('|', StringComparison.Ordinal))
                    {
                        var pattern = Pattern(text, number, Error);
                        block.Patterns.Add(pattern);
                        synsetReferences.AddRange(pattern.Before.Concat(pattern.After).Where(e => e.Kind == PatternElementKind.Synset).Select(e => (e.Text, number)));
                    }
                }
                else if (text.StartsWith('&'))
                {
                    var name = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0];
                    synsetNoPlural = name.EndsWith('_');
                    name = SynsetName(name);
                    if (name.Length < 2)
                    {
                        throw Error("a synset needs a name after '&'");
                    }

                    synset = [];
                    synsetMembers[name] = synset;
                }
                else
                {
                    if (block is null)
                    {
                        throw Error($"verb '{text}' before any verb block (--- NAME [code] ---)");
                    }

                    forms.AddRange(VerbLine(text, block, Error));
                }
            }
            catch (DictionaryFormatException e) when (lenient)
            {
                warnings.Add(e.Message + "; the line is skipped");
            }
        }


        foreach (var (name, line) in synsetReferences.Where(r => !synsetMembers.ContainsKey(r.Name)))
        {
            var error = new DictionaryFormatException(fileName, line, $"synset {name} is not defined");
            if (!lenient)
            {
                throw error;
            }

            warnings.Add(error.Message + "; the line is skipped");
        }

        foreach (var each in blocks)
        {
            each.Patterns.RemoveAll(p => p.Before.Concat(p.After).Any(e => e.Kind == PatternElementKind.Synset && !synsetMembers.ContainsKey(e.Text)));
        }

        var synsets = Resolve(synsetMembers, fileName);
        return new VerbDictionary(blocks, synsets, forms, warnings);
    }

    private static string SynsetName(string raw) => raw.TrimEnd('_').ToUpperInvariant();

    private static List<string> Words(string text) =>
        text.ToUpperInvariant().Split((char[])[' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static VerbBlock Header(string text, int number, Func<string, DictionaryFormatException> error)
    {
        var body = text.Trim('-').Trim();
        var open = body.IndexOf('[', StringComparison.Ordinal);
        var name = (open < 0 ? body : body[..open]).Trim().TrimEnd('-').Trim();
        if (name.Length == 0)
        {
            throw error("a verb block header needs a name: --- NAME [code] ---");
        }

        var code = open < 0 ? VerbCode.Null : Code(body[open..], error);
        return new VerbBlock(name.ToUpperInvariant(), code, number);
    }

    /// <summary>The code in the first <c>[…]</c> of <paramref name="text"/>, which starts with <c>[</c>.</summary>
    private static VerbCode Code(string text, Func<string, DictionaryFormatException> error)
    {
        var close = text.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            throw error("a code is missing its closing ']'");
        }

        return VerbCode.Parse(text[1..close]) ?? throw error($"'{text[..(close + 1)]}' is not a code such as [064], [032:033] or [---]");
    }

    private static IEnumerable<VerbForm> VerbLine(string text, VerbBlock block, Func<string, DictionaryFormatException> error)
    {
        var code = block.Code;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open >= 0)
        {
            code = Code(text[open..], error);
            text = text[..open];
        }

        var brace = text.IndexOf('{', StringComparison.Ordinal);
        List<string> written;
        string root;
        if (brace >= 0)
        {
            var close = text.IndexOf('}', brace);
            if (close < 0)
            {
                throw error("irregular forms are missing their closing '}'");
            }

            root = text[..brace].Trim();
            written = [root, .. text[(brace + 1)..close].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)];
        }
        else
        {
            root = text.Trim();
            written = [];
        }

        if (root.Length == 0)
        {
            throw error("a verb line needs a verb");
        }

        if (written.Count > 0)
        {
            foreach (var form in written)
            {
                yield return Form(form, block, code, error);
            }

            yield break;
        }

        var rootForm = Form(root, block, code, error);
        foreach (var inflected in Inflections.VerbForms(rootForm.Verb))
        {
            var words = rootForm.Words.ToArray();
            words[rootForm.VerbIndex] = inflected;
            yield return rootForm with { Words = words };
        }
    }

    private static VerbForm Form(string written, VerbBlock block, VerbCode code, Func<string, DictionaryFormatException> error)
    {
        var words = Words(written);
        if (words.Count == 0)
        {
            throw error($"'{written}' has no words");
        }

        var verbIndex = words.FindIndex(w => w.StartsWith('+'));
        if (verbIndex >= 0)
        {
            words[verbIndex] = words[verbIndex][1..];
        }

        if (words.Any(w => w.Length == 0 || w.Contains('+', StringComparison.Ordinal)))
        {
            throw error($"'{written}': mark one word of a multi-word verb with '+'");
        }

        return new VerbForm(words, Math.Max(0, verbIndex), block, code);
    }

    private static VerbPattern Pattern(string text, int number, Func<string, DictionaryFormatException> error)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            throw error("a pattern needs a code in [...]");
        }

        var code = Code(text[open..], error);
        // PETRARCH 2 marks prepositional phrases "(INTO CHARGES)" and noun phrases "{NEW SANCTIONS}"; here their
        // words are matched in order like any others.
        var body = new string(text[1..open].Where(c => c is not ('(' or ')' or '{' or '}')).ToArray())
            .Replace("_ ", " ", StringComparison.Ordinal).Trim().TrimEnd('_');
        var items = Items(body);
        var star = items.FindIndex(i => i.Token == "*");
        if (star < 0 || items.Count(i => i.Token == "*") > 1)
        {
            throw error("a pattern needs exactly one '*' for the verb");
        }

        var before = new List<PatternElement>();
        for (var i = star - 1; i >= 0; i--)
        {
            before.Add(Element(items[i].Token, adjacent: items[i + 1].Joined, error));
        }

        var after = new List<PatternElement>();
        for (var i = star + 1; i < items.Count; i++)
        {
            after.Add(Element(items[i].Token, adjacent: items[i].Joined, error));
        }

        return new VerbPattern(before, after, code, number);
    }

    /// <summary>The tokens of a pattern body, each with whether an <c>_</c> joins it to the token before.</summary>
    private static List<(string Token, bool Joined)> Items(string body)
    {
        var items = new List<(string, bool)>();
        var current = new StringBuilder();
        var joined = false;
        var pendingJoin = false;
        foreach (var c in body)
        {
            if (c is ' ' or '\t' or '_')
            {
                if (current.Length > 0)
                {
                    items.Add((current.ToString(), joined));
                    current.Clear();
                    pendingJoin = false;
                }

                pendingJoin |= c == '_';
                continue;
            }

            if (current.Length == 0)
            {
                joined = pendingJoin;
                pendingJoin = false;
            }

            if (c == '*' && current.Length > 0)
            {
                items.Add((current.ToString(), joined));
                current.Clear();
                joined = false;
            }

            current.Append(c);
            if (c == '*')
            {
                items.Add((current.ToString(), joined));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            items.Add((current.ToString(), joined));
        }

        return items;
    }

    private static PatternElement Element(string token, bool adjacent, Func<string, DictionaryFormatException> error) => token switch
    {
        "$" => new PatternElement(PatternElementKind.Source, "", adjacent),
        "+" => new PatternElement(PatternElementKind.Target, "", adjacent),
        "%" => new PatternElement(PatternElementKind.Compound, "", adjacent),
        "^" => new PatternElement(PatternElementKind.Skip, "", adjacent),
        _ when token.StartsWith('&') && token.Length > 1 => new PatternElement(PatternElementKind.Synset, SynsetName(token), adjacent),
        _ when token.Contains('*', StringComparison.Ordinal) => throw error($"'{token}': the verb '*' must stand alone"),
        _ => new PatternElement(PatternElementKind.Word, token.ToUpperInvariant(), adjacent),
    };

    private static Dictionary<string, Synset> Resolve(Dictionary<string, List<(List<string> Words, int Line)>> members, string fileName)
    {
        var resolved = new Dictionary<string, Synset>(StringComparer.Ordinal);
        foreach (var name in members.Keys)
        {
            var phrases = new List<IReadOnlyList<string>>();
            Expand(name, members, phrases, [], fileName);
            var distinct = phrases
                .DistinctBy(p => string.Join(' ', p), StringComparer.Ordinal)
                .OrderByDescending(p => p.Count)
                .ToList();
            resolved[name] = new Synset(name, distinct);
        }

        return resolved;
    }

    private static void Expand(
        string name,
        Dictionary<string, List<(List<string> Words, int Line)>> members,
        List<IReadOnlyList<string>> into,
        HashSet<string> visiting,
        string fileName)
    {
        if (!visiting.Add(name))
        {
            var line = members[name].FirstOrDefault().Line;
            throw new DictionaryFormatException(fileName, line, $"synset {name} contains itself");
        }

        foreach (var (words, _) in members[name])
        {
            if (words.Count == 1 && words[0].StartsWith('&'))
            {
                Expand(words[0], members, into, visiting, fileName);
            }
            else
            {
                into.Add(words);
            }
        }

        visiting.Remove(name);
    }
}
