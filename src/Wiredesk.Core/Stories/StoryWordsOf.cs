namespace Wiredesk.Core.Stories;

/// <summary>The content words of a sentence, folded, for comparing what sentences are about.</summary>
internal static class StoryWordsOf
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "that", "this", "with", "from", "have", "has", "had", "will", "would", "could", "should", "been", "were", "was",
        "are", "for", "its", "their", "his", "her", "they", "them", "which", "who", "what", "when", "where", "also", "said", "says",
        "after", "before", "about", "into", "than", "then", "there", "these", "those", "being", "more", "most", "such", "other",
        "over", "only", "very", "just", "while", "both", "each", "some", "said.", "told", "week", "month", "year", "today",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "next", "last", "this", "earlier", "later",
    };

    public static HashSet<string> Of(string sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var inWord = i < sentence.Length && char.IsLetter(sentence[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = Fold(sentence[start..i]);
                if (word.Length > 3 && !Stop.Contains(word))
                {
                    words.Add(word.Length > 5 ? word[..5] : word);
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>Shared words over the smaller set (0 when either is empty).</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count(large.Contains) / (double)small.Count;
    }

    private static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        var folded = word.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
