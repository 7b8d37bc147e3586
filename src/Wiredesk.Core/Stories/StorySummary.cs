using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Stories;

/// <summary>
/// Chooses a few sentences that summarise a story: sentences from the articles' leads and bodies, scored by how many
/// independent outlets say the same (corroborated facts first), how central they are to the story's words and how early
/// they come; each chosen sentence must say something the others do not. Every sentence cites the documents that say it.
/// </summary>
public static class StorySummary
{
    private const int MinWords = 8;
    private const int MaxWords = 50;
    private const double SaysTheSame = 0.45;
    private const double Redundant = 0.4;
    private const int SentencesPerDocument = 12;
    private const int MaxDocuments = 120;

    /// <summary>At most <paramref name="size"/> sentences, in the order a reader should read them.</summary>
    public static IReadOnlyList<SummarySentence> Build(IReadOnlyList<Document> documents, Func<string, string?> outletOf, IReadOnlySet<string> copies, int size = 4)
    {
        ArgumentNullException.ThrowIfNull(documents);
        // A story of hundreds of articles is summarised from its first ones, each from its lead: enough to find what
        // is corroborated, and a bounded amount of work.
        var candidates = new List<Candidate>();
        foreach (var document in documents.Take(MaxDocuments))
        {
            var position = 0;
            foreach (var (sentenceSpan, kind) in StorySentences.Of(document))
            {
                if (kind is not (ParagraphKind.Body or ParagraphKind.Title))
                {
                    continue;
                }

                var (span, text) = WithoutDateline(document.Text, sentenceSpan);
                var wordCount = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                var index = position++;
                if (index >= SentencesPerDocument)
                {
                    break;
                }

                if (kind == ParagraphKind.Title || wordCount < MinWords || wordCount > MaxWords || !Readable(text))
                {
                    continue;
                }

                candidates.Add(new Candidate(document.Id, span, text, StoryWordsOf.Of(text), index));
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        var weights = candidates.SelectMany(c => c.Words.Select(w => (w, c.Document))).Distinct()
            .GroupBy(x => x.w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            candidate.Support = candidates.Where(o => o.Document != candidate.Document && StoryWordsOf.Overlap(candidate.Words, o.Words) >= SaysTheSame)
                .Select(o => o.Document).Append(candidate.Document).Distinct(StringComparer.Ordinal).ToList();
            var (outlets, independent) = Corroboration.Count(candidate.Support, outletOf, copies);
            candidate.Outlets = outlets;
            candidate.Independent = independent;
            var centrality = candidate.Words.Count == 0 ? 0 : candidate.Words.Sum(w => weights[w] - 1) / (double)candidate.Words.Count;
            candidate.Score = (2.0 * independent) + centrality + (1.5 / (1 + candidate.Position));
        }

        var chosen = new List<Candidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Position))
        {
            if (chosen.Count >= size)
            {
                break;
            }

            if (chosen.All(c => StoryWordsOf.Overlap(c.Words, candidate.Words) < Redundant))
            {
                chosen.Add(candidate);
            }
        }

        return chosen
            .Select(c => new SummarySentence(c.Text, c.Document, c.Span, c.Support, c.Outlets, c.Independent))
            .ToList();
    }

    // "NORTHGATE (Harbor Wire) - Payroll company …": the sentence starts after an opening dateline.
    private static (Text.TextSpan Span, string Text) WithoutDateline(string text, Text.TextSpan span)
    {
        var sentence = span.Of(text);
        var dash = sentence.IndexOfAny(['-', '–', '—']);
        if (dash is > 2 and < 60 && dash + 2 < sentence.Length && sentence[dash - 1] == ' ' && sentence[dash + 1] == ' ')
        {
            var head = sentence[..dash].Trim();
            var firstWord = head.Split(' ', 2)[0].TrimEnd(',');
            if (firstWord.Length >= 3 && firstWord.All(c => char.IsUpper(c) || c is '.' or '\'' or '-') && char.IsUpper(sentence[dash + 2]))
            {
                var start = span.Start + dash + 2;
                return (Text.TextSpan.FromBounds(start, span.End), text[start..span.End]);
            }
        }

        return (span, sentence);
    }

    // Sentences that stand on their own: no opening pronoun or quotation, no question.
    private static bool Readable(string text)
    {
        var first = text.Split(' ', 2)[0].Trim('"', '“', '‘', '\'');
        return !text.EndsWith('?') && text[0] is not ('"' or '“' or '‘' or '\'' or '(' or '-' or '—')
            && first is not ("He" or "She" or "It" or "They" or "This" or "That" or "These" or "Those" or "But" or "And" or "Yet" or "So" or "We" or "I");
    }

    private sealed class Candidate(string document, Text.TextSpan span, string text, HashSet<string> words, int position)
    {
        public string Document { get; } = document;

        public Text.TextSpan Span { get; } = span;

        public string Text { get; } = text;

        public HashSet<string> Words { get; } = words;

        public int Position { get; } = position;

        public IReadOnlyList<string> Support { get; set; } = [];

        public int Outlets { get; set; }

        public int Independent { get; set; }

        public double Score { get; set; }
    }
}
