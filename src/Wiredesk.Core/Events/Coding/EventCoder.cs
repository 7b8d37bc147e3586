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
        var sentence = new SentenceContext(tokens, verbs, actors);
        var events = new List<CodedEvent>();
        var seen = new HashSet<(string, string, string)>();
        for (var v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            var match = matcher.Best(verb);
            var code = match?.Pattern.Code ?? verb.Forms[^1].Code;
            var (source, target) = Roles(sentence, v, match);
            sentence.Sources[v] = source;
            if (code.IsNull || (match is null && CompletesNoun(tokens, verb)))
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

    private static (ActorPhrase? Source, ActorPhrase? Target) Roles(SentenceContext sentence, int v, PatternMatch? match)
    {
        var verb = sentence.Verbs[v];
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

        if (source is null && target is null && IsPassive(sentence.Tokens, verb) && AgentOfPassive(sentence, verb) is { } agentChunk)
        {
            return (sentence.Actors.PhraseCovering(agentChunk.First), Subject(sentence, v, null));
        }

        if (source is null && !AfterPreposition(sentence.Tokens, verb))
        {
            source = Coordinated(sentence, v) ?? Subject(sentence, v, target);
        }

        target ??= Object(sentence, verb, source);
        return (source, target);
    }

    /// <summary>
    /// The subject: walking left from the verb, the first noun chunk that no preposition governs (a chunk right before
    /// the verb after <c>after</c> or <c>before</c> is a clause's subject, not governed); null when that chunk names
    /// no actor. Crossing an earlier dictionary verb takes that verb's source; a chunk between commas is an apposition
    /// and is passed, as is a chunk without actors joined by <c>and</c> to one before it ("Eriador's death and injury
    /// toll").
    /// </summary>
    private static ActorPhrase? Subject(SentenceContext sentence, int v, ActorPhrase? except)
    {
        var tokens = sentence.Tokens;
        var actors = sentence.Actors;
        var adjacent = true;
        for (var k = sentence.Verbs[v].First - 1; k >= 0; k--)
        {
            if (sentence.VerbAt[k] is var u and >= 0 && u < v)
            {
                return sentence.Sources[u];
            }

            if (actors.ChunkAt(k) is not { } chunk)
            {
                adjacent &= WordClasses.IsAuxiliary(tokens[k]);
                continue;
            }

            var phrase = actors.PhraseCovering(k);
            var first = Math.Min(chunk.First, phrase?.First ?? chunk.First);
            var before = first > 0 ? tokens[first - 1] : null;
            var governed = before is not null && WordClasses.IsPreposition(before) && !(adjacent && before.Key is "AFTER" or "BEFORE");
            var apposition = phrase is null && before?.Key == "," && chunk.Last + 1 < tokens.Count && tokens[chunk.Last + 1].Key == ",";
            var uncodedConjunct = phrase is null && before is not null && WordClasses.IsConnector(before);
            if (governed || apposition || uncodedConjunct || (phrase is not null && phrase == except))
            {
                k = first;
                adjacent = false;
                continue;
            }

            return phrase;
        }

        return null;
    }

    /// <summary>
    /// The target: the first actor phrase after the verb, unless a phrase set off by a comma and followed by a verb
    /// (the subject of a later clause, "…, a senior official said") comes first.
    /// </summary>
    private static ActorPhrase? Object(SentenceContext sentence, FoundVerb verb, ActorPhrase? source)
    {
        foreach (var phrase in sentence.Actors.Phrases)
        {
            if (phrase.First <= verb.Last || phrase == source)
            {
                continue;
            }

            var k = phrase.Last + 1;
            while (k < sentence.Tokens.Count && WordClasses.IsAuxiliary(sentence.Tokens[k]))
            {
                k++;
            }

            var b = phrase.First - 1;
            while (b >= 0 && (WordClasses.IsDeterminer(sentence.Tokens[b]) || WordClasses.IsAdverb(sentence.Tokens[b])))
            {
                b--;
            }

            var subjectOfLaterVerb = b >= 0 && sentence.Tokens[b].Key == "," && k < sentence.Tokens.Count && sentence.VerbAt[k] >= 0;
            return subjectOfLaterVerb ? null : phrase;
        }

        return null;
    }

    /// <summary>The noun chunk after <c>by</c> that follows a passive verb, before the next comma.</summary>
    private static NounChunk? AgentOfPassive(SentenceContext sentence, FoundVerb verb)
    {
        for (var k = verb.Last + 1; k + 1 < sentence.Tokens.Count && sentence.Tokens[k].Key != ","; k++)
        {
            if (sentence.Tokens[k].Key == "BY" && sentence.Actors.ChunkAt(k + 1) is { } chunk)
            {
                return chunk;
            }
        }

        return null;
    }

    /// <summary>A verb right after a preposition ("after leaving") heads a clause without a subject of its own.</summary>
    private static bool AfterPreposition(IReadOnlyList<CodingToken> tokens, FoundVerb verb)
    {
        var k = verb.First - 1;
        while (k >= 0 && WordClasses.IsAdverb(tokens[k]))
        {
            k--;
        }

        return k >= 0 && tokens[k].Key != "TO" && WordClasses.IsPreposition(tokens[k]);
    }

    /// <summary>An infinitive completing a noun ("efforts to stop …") describes no event of its own.</summary>
    private static bool CompletesNoun(IReadOnlyList<CodingToken> tokens, FoundVerb verb)
    {
        var first = verb.First;
        if (first < 2 || tokens[first - 1].Key != "TO")
        {
            return false;
        }

        var noun = tokens[first - 2];
        if (noun.Tag is { } tag)
        {
            return tag.StartsWith("NN", StringComparison.Ordinal);
        }

        // Without a tag: a plural, a capitalised word or a word after a determiner ("efforts to", "Monday to").
        return WordClasses.IsNominal(noun) && !WordClasses.IsDeterminer(noun)
            && (noun.Key.EndsWith('S') || (noun.Text.Length > 0 && char.IsUpper(noun.Text[0])) || (first > 2 && WordClasses.IsDeterminer(tokens[first - 3])));
    }

    /// <summary>The previous verb's source when this verb is coordinated with it ("condemned … and promised").</summary>
    private static ActorPhrase? Coordinated(SentenceContext sentence, int v)
    {
        if (v == 0)
        {
            return null;
        }

        var tokens = sentence.Tokens;
        var previous = sentence.Verbs[v - 1];
        var k = sentence.Verbs[v].First - 1;
        while (k > previous.Last && WordClasses.IsAuxiliary(tokens[k]))
        {
            k--;
        }

        return k > previous.Last && tokens[k].Key is "AND" or "BUT" ? sentence.Sources[v - 1] : null;
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

            if (!WordClasses.IsAdverb(tokens[k]))
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
