using Wiredesk.Core.Text;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A dictionary-driven event coder in the manner of TABARI and PETRARCH: finds the dictionary verbs of a sentence,
/// picks each verb's longest matching pattern (or the verb's own code), and codes the event between the source (a
/// pattern's <c>$</c>, else the nearest actor phrase before the verb that no preposition governs — shared with the
/// previous verb across <c>and</c>, and taken from <c>by …</c> for a passive verb) and the target (a pattern's
/// <c>+</c>, else the first actor phrase after the verb); compounds give one event per member. Works from plain text
/// or, better, from a Penn Treebank parse (its tags tell verbs from nouns). Thread-safe: it holds only the dictionaries.
/// </summary>
internal sealed class EventCoder
{
    private readonly CodingDictionaries _dictionaries;
    private readonly CodingOptions _options;

    public EventCoder(CodingDictionaries dictionaries, CodingOptions? options = null)
    {
        _dictionaries = dictionaries ?? throw new ArgumentNullException(nameof(dictionaries));
        _options = options ?? CodingOptions.Default;
    }

    /// <summary>Codes a sentence given as plain text.</summary>
    public CodingResult Code(string sentence, DateOnly? date = null, CodingOptions? options = null) =>
        Code(SentenceTokenizer.Tokenize(sentence), date, options);

    /// <summary>Codes a sentence with its parse (tags from the parse, spans in <paramref name="sentence"/>).</summary>
    public CodingResult Code(string sentence, TreebankNode parse, DateOnly? date = null, CodingOptions? options = null) =>
        Code(TreebankTokens.FromParse(sentence, parse), date, options);

    /// <summary>Codes a tokenized sentence.</summary>
    public CodingResult Code(IReadOnlyList<CodingToken> tokens, DateOnly? date, CodingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var requireDyad = (options ?? _options).RequireDyad;
        var keys = tokens.Select(t => t.Key).ToList();
        if (_dictionaries.Discards.Find(keys) is { } discard)
        {
            return CodingResult.Discarded(discard);
        }

        var mentions = ActorPhraseFinder.Mentions(tokens, keys, _dictionaries, date);
        var inMention = new bool[tokens.Count];
        foreach (var mention in mentions)
        {
            for (var k = mention.First; k <= mention.Last; k++)
            {
                inMention[k] = true;
            }
        }

        var verbs = VerbFinder.Find(tokens, keys, _dictionaries.Verbs, inMention);
        var actors = ActorPhraseFinder.Find(tokens, mentions, verbs);
        var matcher = new PatternMatcher(keys, actors, _dictionaries.Verbs.Synsets);
        var events = new List<CodedEvent>();
        var seen = new HashSet<(string, string, string)>();
        var sources = new ActorPhrase?[verbs.Count];
        for (var v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            var match = matcher.Best(verb);
            var code = match?.Pattern.Code ?? verb.Forms[^1].Code;
            var (source, target) = Roles(tokens, actors, verbs, sources, v, match);
            sources[v] = source;
            if (code.IsNull)
            {
                continue;
            }

            var verbSpan = Span(tokens, verb.First, verb.Last);
            foreach (var (s, t) in Pairs(source, target, match, requireDyad))
            {
                Add(events, seen, new CodedEvent(s, t, code.Forward, verbSpan, PhraseSpan(tokens, source), PhraseSpan(tokens, target), match?.Pattern.Line), code.Forward);
                if (code.Reverse is { } reverse)
                {
                    Add(events, seen, new CodedEvent(t, s, reverse, verbSpan, PhraseSpan(tokens, target), PhraseSpan(tokens, source), match?.Pattern.Line), reverse);
                }
            }
        }

        return new CodingResult(events, null);
    }

    private static void Add(List<CodedEvent> events, HashSet<(string, string, string)> seen, CodedEvent coded, string code)
    {
        if (code != VerbCode.NullCode && seen.Add((coded.Source, coded.Target, coded.Code)))
        {
            events.Add(coded);
        }
    }

    private static IEnumerable<(string Source, string Target)> Pairs(ActorPhrase? source, ActorPhrase? target, PatternMatch? match, bool requireDyad)
    {
        if (match is { Compound: { } compound, CompoundBeforeVerb: true })
        {
            foreach (var s in compound.Codes)
            {
                foreach (var t in compound.Codes.Where(t => t != s))
                {
                    yield return (s, t);
                }
            }

            yield break;
        }

        if (source is null && target is null)
        {
            yield break;
        }

        if ((source is null || target is null) && requireDyad)
        {
            yield break;
        }

        foreach (var s in source?.Codes ?? [VerbCode.NullCode])
        {
            foreach (var t in target?.Codes ?? [VerbCode.NullCode])
            {
                if (s != t)
                {
                    yield return (s, t);
                }
            }
        }
    }

    private static (ActorPhrase? Source, ActorPhrase? Target) Roles(
        IReadOnlyList<CodingToken> tokens, SentenceActors actors, List<FoundVerb> verbs, ActorPhrase?[] sources, int v, PatternMatch? match)
    {
        var verb = verbs[v];
        var source = match?.Source;
        var target = match?.Target;
        if (match is { Compound: { } compound })
        {
            if (match.CompoundBeforeVerb)
            {
                source ??= compound;
            }
            else
            {
                target ??= compound;
            }
        }

        if (source is null && target is null && IsPassive(tokens, verb)
            && actors.Phrases.FirstOrDefault(p => p.First > verb.Last && p.AfterBy) is { } agent)
        {
            return (agent, Subject(actors, verb, agent));
        }

        source ??= Coordinated(tokens, verbs, sources, v) ?? Subject(actors, verb, target);
        target ??= actors.Phrases.FirstOrDefault(p => p.First > verb.Last && p != source);
        return (source, target);
    }

    /// <summary>The nearest phrase before the verb that no preposition governs, other than <paramref name="except"/>.</summary>
    private static ActorPhrase? Subject(SentenceActors actors, FoundVerb verb, ActorPhrase? except)
    {
        for (var i = actors.Phrases.Count - 1; i >= 0; i--)
        {
            var phrase = actors.Phrases[i];
            if (phrase.Last < verb.First && phrase != except && !phrase.Governed)
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>The previous verb's source when this verb is coordinated with it ("condemned … and promised").</summary>
    private static ActorPhrase? Coordinated(IReadOnlyList<CodingToken> tokens, List<FoundVerb> verbs, ActorPhrase?[] sources, int v)
    {
        if (v == 0)
        {
            return null;
        }

        var k = verbs[v].First - 1;
        while (k > verbs[v - 1].Last && WordClasses.IsAuxiliary(tokens[k]))
        {
            k--;
        }

        return k > verbs[v - 1].Last && tokens[k].Key is "AND" or "BUT" ? sources[v - 1] : null;
    }

    private static bool IsPassive(IReadOnlyList<CodingToken> tokens, FoundVerb verb)
    {
        var word = tokens[verb.VerbToken];
        var participle = word.Tag is null ? word.Key.EndsWith("ED", StringComparison.Ordinal) || word.Key.EndsWith("EN", StringComparison.Ordinal) : word.Tag == "VBN";
        if (!participle)
        {
            return false;
        }

        for (var k = verb.First - 1; k >= 0; k--)
        {
            if (WordClasses.IsBeForm(tokens[k]))
            {
                return true;
            }

            if (tokens[k].Tag is not "RB" && !(tokens[k].Tag is null && tokens[k].Key.EndsWith("LY", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    private static TextSpan Span(IReadOnlyList<CodingToken> tokens, int first, int last) =>
        TextSpan.FromBounds(tokens[first].Span.Start, Math.Max(tokens[first].Span.Start, tokens[last].Span.End));

    private static TextSpan? PhraseSpan(IReadOnlyList<CodingToken> tokens, ActorPhrase? phrase) =>
        phrase is null ? null : Span(tokens, phrase.First, phrase.Last);
}
