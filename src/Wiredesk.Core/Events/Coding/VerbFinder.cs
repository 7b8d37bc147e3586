namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Finds the dictionary verbs of a sentence, longest form first. With a parse only words tagged as verbs count (as in
/// PETRARCH); without one, a dictionary form that is not a modal, not a plain form after a determiner and up to two
/// lower-case words (<c>a brief visit</c>) and not a plain form right after another dictionary verb (<c>promised
/// raids</c>). Either way not right after a determiner (<c>an attack</c>, <c>the reopening</c>) nor inside an
/// actor's name.
/// </summary>
internal static class VerbFinder
{
    public static List<FoundVerb> Find(IReadOnlyList<CodingToken> tokens, IReadOnlyList<string> keys, VerbDictionary verbs, bool[] inMention)
    {
        var found = new List<FoundVerb>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (inMention[i] || !LooksLikeVerb(tokens, i, found.Count > 0 ? found[^1] : null, inMention))
            {
                continue;
            }

            var forms = verbs.FormsOf(keys[i]);
            var best = new List<VerbForm>();
            var bestFirst = -1;
            foreach (var form in forms)
            {
                if (best.Count > 0 && form.Words.Count < best[0].Words.Count)
                {
                    break;
                }

                var first = i - form.VerbIndex;
                if (first < 0 || first + form.Words.Count > tokens.Count || (best.Count > 0 && first != bestFirst))
                {
                    continue;
                }

                var matches = true;
                for (var k = 0; k < form.Words.Count && matches; k++)
                {
                    matches = string.Equals(keys[first + k], form.Words[k], StringComparison.Ordinal) && (first + k == i || !inMention[first + k]);
                }

                if (matches)
                {
                    best.Add(form);
                    bestFirst = first;
                }
            }

            if (best.Count == 0)
            {
                continue;
            }

            var last = bestFirst + best[0].Words.Count - 1;
            found.Add(new FoundVerb(bestFirst, last, i, best));
            i = Math.Max(i, last);
        }

        return found;
    }

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST" };

    private static bool LooksLikeVerb(IReadOnlyList<CodingToken> tokens, int i, FoundVerb? previous, bool[] inMention)
    {
        if (i > 0 && WordClasses.IsDeterminer(tokens[i - 1]))
        {
            return false;
        }

        if (tokens[i].Tag is not null)
        {
            return tokens[i].IsTaggedVerb;
        }

        var key = tokens[i].Key;
        if (Modals.Contains(key))
        {
            return false;
        }

        if (IsParticiple(key))
        {
            return true;
        }

        // A plain form after a determiner and up to two lower-case words (no actor or agent among them) is a noun:
        // "a brief private visit", but not "a senior official said".
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (WordClasses.IsDeterminer(tokens[k]) && tokens[k].Key != "'S")
            {
                return false;
            }

            if (inMention[k] || !WordClasses.IsNominal(tokens[k]) || tokens[k].Text.Length == 0 || char.IsUpper(tokens[k].Text[0]) || IsParticiple(tokens[k].Key))
            {
                break;
            }
        }

        // A plain form right after a dictionary verb (adverbs aside) is its object: "promised raids", "marched very close".
        var before = i - 1;
        while (before >= 0 && WordClasses.IsAdverb(tokens[before]))
        {
            before--;
        }

        return previous is null || before != previous.Last || WordClasses.IsAuxiliary(tokens[before]);
    }

    private static bool IsParticiple(string key) =>
        key.Length > 4 && (key.EndsWith("ED", StringComparison.Ordinal) || key.EndsWith("ING", StringComparison.Ordinal) || key.EndsWith("EN", StringComparison.Ordinal));
}
