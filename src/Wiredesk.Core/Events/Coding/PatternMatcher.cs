namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Matches verb patterns against one sentence. Elements before the verb are matched leftwards from it, elements after
/// it rightwards; an element joined by <c>_</c> must touch its neighbour, others may have words between (the first
/// fit is taken, with backtracking). Words match whole; a synset matches any of its phrases; <c>$ + %</c> match an
/// actor phrase (<c>%</c> a compound one); <c>^</c> skips a noun chunk.
/// </summary>
internal sealed class PatternMatcher
{
    private readonly IReadOnlyList<string> _keys;
    private readonly SentenceActors _actors;
    private readonly IReadOnlyDictionary<string, Synset> _synsets;
    private ActorPhrase? _source;
    private ActorPhrase? _target;
    private ActorPhrase? _compound;
    private bool _compoundBefore;

    public PatternMatcher(IReadOnlyList<string> keys, SentenceActors actors, IReadOnlyDictionary<string, Synset> synsets)
    {
        _keys = keys;
        _actors = actors;
        _synsets = synsets;
    }

    /// <summary>The longest matching pattern of the verb's blocks (the first written among equals), or null.</summary>
    public PatternMatch? Best(FoundVerb verb)
    {
        PatternMatch? best = null;
        foreach (var block in verb.Forms.Select(f => f.Block).Distinct())
        {
            foreach (var pattern in block.Patterns)
            {
                if ((best is null || pattern.Length > best.Pattern.Length) && Match(verb, pattern) is { } match)
                {
                    best = match;
                }
            }
        }

        return best;
    }

    public PatternMatch? Match(FoundVerb verb, VerbPattern pattern)
    {
        _source = _target = _compound = null;
        _compoundBefore = false;
        return Before(pattern.Before, 0, verb.First - 1) && After(pattern.After, 0, verb.Last + 1)
            ? new PatternMatch(pattern, _source, _target, _compound, _compoundBefore)
            : null;
    }

    private bool Before(IReadOnlyList<PatternElement> elements, int index, int position)
    {
        if (index == elements.Count)
        {
            return true;
        }

        var element = elements[index];
        var lowest = element.Adjacent ? position : 0;
        for (var q = position; q >= lowest && q >= 0; q--)
        {
            switch (element.Kind)
            {
                case PatternElementKind.Word when _keys[q] == element.Text:
                    if (Before(elements, index + 1, q - 1))
                    {
                        return true;
                    }

                    break;
                case PatternElementKind.Synset:
                    foreach (var phrase in _synsets[element.Text].Phrases)
                    {
                        var start = q - phrase.Count + 1;
                        if (start >= 0 && WordsAt(phrase, start) && Before(elements, index + 1, start - 1))
                        {
                            return true;
                        }
                    }

                    break;
                case PatternElementKind.Skip when _actors.ChunkStartTo(q) is var chunkStart and >= 0:
                    if (Before(elements, index + 1, chunkStart - 1))
                    {
                        return true;
                    }

                    break;
                case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound
                    when _actors.PhraseEndingAt(q) is { } phrase && (element.Kind != PatternElementKind.Compound || phrase.IsCompound):
                    if (Marked(element.Kind, phrase, before: true, () => Before(elements, index + 1, phrase.First - 1)))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private bool After(IReadOnlyList<PatternElement> elements, int index, int position)
    {
        if (index == elements.Count)
        {
            return true;
        }

        var element = elements[index];
        var highest = element.Adjacent ? position : _keys.Count - 1;
        for (var q = position; q <= highest && q < _keys.Count; q++)
        {
            switch (element.Kind)
            {
                case PatternElementKind.Word when _keys[q] == element.Text:
                    if (After(elements, index + 1, q + 1))
                    {
                        return true;
                    }

                    break;
                case PatternElementKind.Synset:
                    foreach (var phrase in _synsets[element.Text].Phrases)
                    {
                        if (WordsAt(phrase, q) && After(elements, index + 1, q + phrase.Count))
                        {
                            return true;
                        }
                    }

                    break;
                case PatternElementKind.Skip when _actors.ChunkEndFrom(q) is var chunkEnd and >= 0:
                    if (After(elements, index + 1, chunkEnd + 1))
                    {
                        return true;
                    }

                    break;
                case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound
                    when _actors.PhraseStartingAt(q) is { } phrase && (element.Kind != PatternElementKind.Compound || phrase.IsCompound):
                    if (Marked(element.Kind, phrase, before: false, () => After(elements, index + 1, phrase.Last + 1)))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private bool Marked(PatternElementKind kind, ActorPhrase phrase, bool before, Func<bool> rest)
    {
        var (source, target, compound, compoundBefore) = (_source, _target, _compound, _compoundBefore);
        switch (kind)
        {
            case PatternElementKind.Source:
                _source = phrase;
                break;
            case PatternElementKind.Target:
                _target = phrase;
                break;
            default:
                _compound = phrase;
                _compoundBefore = before;
                break;
        }

        if (rest())
        {
            return true;
        }

        (_source, _target, _compound, _compoundBefore) = (source, target, compound, compoundBefore);
        return false;
    }

    private bool WordsAt(IReadOnlyList<string> words, int start)
    {
        if (start < 0 || start + words.Count > _keys.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Count; k++)
        {
            if (!string.Equals(_keys[start + k], words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
