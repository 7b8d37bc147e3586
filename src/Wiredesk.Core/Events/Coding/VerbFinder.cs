namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Finds the dictionary verbs of a sentence, longest form first. With a parse only words tagged as verbs count (as in
/// PETRARCH); without one, any dictionary form; either way not right after a determiner (<c>an attack</c>,
/// <c>the reopening</c>) nor inside an actor's name.
/// </summary>
internal static class VerbFinder
{
    public static List<FoundVerb> Find(IReadOnlyList<CodingToken> tokens, IReadOnlyList<string> keys, VerbDictionary verbs, bool[] inMention)
    {
        var found = new List<FoundVerb>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (inMention[i] || !LooksLikeVerb(tokens, i))
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

    private static bool LooksLikeVerb(IReadOnlyList<CodingToken> tokens, int i)
    {
        if (i > 0 && WordClasses.IsDeterminer(tokens[i - 1]))
        {
            return false;
        }

        return tokens[i].Tag is null || tokens[i].IsTaggedVerb;
    }
}
