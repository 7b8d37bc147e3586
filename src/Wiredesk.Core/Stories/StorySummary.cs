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
        var documentCount = candidates.Select(c => c.Document).Distinct(StringComparer.Ordinal).Count();
        foreach (var candidate in candidates)
        {
            candidate.Support = candidates.Where(o => o.Document != candidate.Document && Says(o, candidate, weights, documentCount))
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

            // Redundant when a chosen sentence already says most of it: news added to the background is not.
            if (chosen.All(c => Covers(c, candidate, weights, documentCount) < Redundant))
            {
                chosen.Add(candidate);
            }
        }

        return chosen
            .Select(c => new SummarySentence(c.Text, c.Document, c.Span, c.Support, c.Outlets, c.Independent))
            .ToList();
    }

    /// <summary>
    /// Whether a sentence of another article (<paramref name="other"/>) says what <paramref name="sentence"/> says: it
    /// holds the sentence's words, each weighed by how few of the story's articles use it, up to
    /// <see cref="SaysTheSame"/> of their weight. The words every article repeats (the place, the company, "fire")
    /// weigh little, so a sentence that only shares the story's background with another does not cite it: "residents
    /// began returning home on Friday, two days after the fire at the warehouse" is not said by "the fire at the
    /// warehouse forced residents from their homes".
    /// </summary>
    /// <remarks>
    /// Two more checks keep a citation to sentences about the same people and figures: a sentence that names someone
    /// (a word written with a capital after its first) is said only by a sentence holding at least half of those names,
    /// and a sentence with figures only by one holding one of the figures.
    /// </remarks>
    private static bool Says(Candidate other, Candidate sentence, Dictionary<string, int> documentsWith, int documents)
    {
        if ((sentence.Names.Count > 0 && 2 * sentence.Names.Count(other.Words.Contains) < sentence.Names.Count)
            || (sentence.Figures.Count > 0 && !sentence.Figures.Overlaps(other.Figures)))
        {
            return false;
        }

        return Covers(other, sentence, documentsWith, documents) >= SaysTheSame;
    }

    /// <summary>The share of <paramref name="sentence"/>'s words, each weighed by how few of the story's articles use it,
    /// that <paramref name="other"/> holds.</summary>
    private static double Covers(Candidate other, Candidate sentence, Dictionary<string, int> documentsWith, int documents)
    {
        var (held, total) = (0.0, 0.0);
        foreach (var word in sentence.Words)
        {
            var weight = Math.Log(1.0 + (documents / (double)documentsWith[word]));
            total += weight;
            if (other.Words.Contains(word))
            {
                held += weight;
            }
        }

        return total > 0 ? held / total : 0;
    }

    /// <summary>The words after the first that are written with a capital, as <see cref="StoryWordsOf"/> keeps them.</summary>
    private static HashSet<string> NamesOf(string text, HashSet<string> words)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var trimmed = token.TrimStart('"', '“', '‘', '\'', '(');
            if (trimmed.Length > 0 && char.IsUpper(trimmed[0]))
            {
                names.UnionWith(StoryWordsOf.Of(trimmed).Where(words.Contains));
            }
        }

        return names;
    }

    /// <summary>The figures of a sentence: runs of digits, with their thousands separators and decimal points dropped at the ends.</summary>
    private static HashSet<string> FiguresOf(string text)
    {
        var figures = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inFigure = i < text.Length && (char.IsAsciiDigit(text[i]) || (start >= 0 && text[i] is ',' or '.'));
            if (inFigure && start < 0)
            {
                start = i;
            }
            else if (!inFigure && start >= 0)
            {
                figures.Add(text[start..i].TrimEnd(',', '.').Replace(",", "", StringComparison.Ordinal));
                start = -1;
            }
        }

        return figures;
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

    // Sentences that stand on their own: no opening pronoun or quotation, no question, and not the tail of a quotation
    // split into sentences ("Now they come with fire engines," she said.); nor a pronoun subject behind an opening phrase
    // of time or place ("On Monday she agreed …", "Last year, they …").
    private static bool Readable(string text)
    {
        var first = text.Split(' ', 2)[0].Trim('"', '“', '‘', '\'');
        return !text.EndsWith('?') && text[0] is not ('"' or '“' or '‘' or '\'' or '(' or '-' or '—')
            && text.Count(c => c == '"') % 2 == 0 && text.Count(c => c == '“') == text.Count(c => c == '”')
            && first is not ("He" or "She" or "It" or "They" or "This" or "That" or "These" or "Those" or "But" or "And" or "Yet" or "So" or "We" or "I")
            && !PronounAfterOpeningPhrase(text);
    }

    /// <summary>
    /// Whether one of the first <see cref="OpeningPhraseWords"/> words after the first is a subject pronoun with no name
    /// before it: the sentence leans on one before it for who "she" is. Weekday and month names are no names here.
    /// </summary>
    private static bool PronounAfterOpeningPhrase(string text)
    {
        var words = text.Split(' ', OpeningPhraseWords + 2, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < Math.Min(words.Length, OpeningPhraseWords + 1); i++)
        {
            var word = words[i].TrimEnd(',', ';', ':');
            if (word is "he" or "she" or "they" or "it" or "we" or "i" or "I")
            {
                return true;
            }

            if (word.Length > 0 && char.IsUpper(word[0]) && Time.TimeLexicon.Find(word).Kind is not (Time.LexKind.Month or Time.LexKind.Weekday))
            {
                return false;
            }
        }

        return false;
    }

    private const int OpeningPhraseWords = 5;

    private sealed class Candidate(string document, Text.TextSpan span, string text, HashSet<string> words, int position)
    {
        public HashSet<string> Names { get; } = NamesOf(text, words);

        public HashSet<string> Figures { get; } = FiguresOf(text);

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
