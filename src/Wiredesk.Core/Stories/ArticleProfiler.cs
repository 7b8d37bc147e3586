using System.Text.RegularExpressions;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Stories;

/// <summary>Builds an <see cref="ArticleProfile"/> from a cleaned document: title, headings, body and captions.</summary>
public static partial class ArticleProfiler
{
    /// <summary>
    /// How many words of the first body paragraph stand in for the title words of an article that has no title (a plain
    /// text that runs its headline into the body, a record without one): a lead states the event as a headline does.
    /// Chosen on the SemEval-2022 train pairs (see docs/stories.md).
    /// </summary>
    internal const int LeadTitleWords = 8;

    /// <summary>The profile of <paramref name="document"/>; the document is not changed.</summary>
    public static ArticleProfile Profile(Document document) => Profile(document, LeadTitleWords);

    /// <summary>The profile of <paramref name="document"/>, with <paramref name="leadWords"/> lead words standing in
    /// for a missing title (0: none).</summary>
    internal static ArticleProfile Profile(Document document, int leadWords)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleWords = new List<string>();
        void Count(string word, bool name)
        {
            words[word] = words.GetValueOrDefault(word) + 1;
            if (name)
            {
                names[word] = names.GetValueOrDefault(word) + 1;
            }
        }

        if (document.Title is { Length: > 0 } title)
        {
            StoryWords.Scan(title, (word, name) =>
            {
                Count(word, false);
                if (!titleWords.Contains(word, StringComparer.Ordinal))
                {
                    titleWords.Add(word);
                }
            });
        }

        // The dateline names the place the article was written from: a name, whatever its case.
        if (document.Dateline is { Length: > 0 } dateline)
        {
            StoryWords.Scan(" x " + dateline, (word, _) => Count(word, true));
        }

        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Kind is ParagraphKind.Body or ParagraphKind.Heading or ParagraphKind.Caption or ParagraphKind.Embed)
            {
                StoryWords.Scan(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length), Count);
            }
        }

        if (titleWords.Count == 0 && leadWords > 0 && document.Paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Body) is { } lead)
        {
            StoryWords.Scan(document.Text.AsSpan(lead.Span.Start, lead.Span.Length), (word, _) =>
            {
                if (titleWords.Count < leadWords && !titleWords.Contains(word, StringComparer.Ordinal))
                {
                    titleWords.Add(word);
                }
            });
        }

        var published = document.PublishedAt ?? (document.Published is { } day ? new DateTimeOffset(day, new TimeOnly(12, 0), TimeSpan.Zero) : null);
        return new ArticleProfile(document.Id, SourceOf(document), published, document.Title, words, titleWords, names, Repeats(document));
    }

    /// <summary>Whether the headline or the first sentence of the first body paragraph says the news happened again.</summary>
    private static bool Repeats(Document document)
    {
        var lead = document.Paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Body) is { } paragraph
            ? FirstSentence(document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length))
            : [];
        return RepeatWord().IsMatch(document.Title ?? "") || RepeatWord().IsMatch(lead);
    }

    private static ReadOnlySpan<char> FirstSentence(ReadOnlySpan<char> paragraph)
    {
        var end = paragraph.IndexOf(". ");
        return end >= 0 ? paragraph[..end] : paragraph[..Math.Min(paragraph.Length, 400)];
    }

    /// <summary>Words by which a headline or a lead says the news happened again.</summary>
    [GeneratedRegex(@"\b(?:again|another)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex RepeatWord();

    /// <summary>The outlet of a document: its source name, else the host of its URL without "www.".</summary>
    public static string? SourceOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!string.IsNullOrWhiteSpace(document.Source))
        {
            return Host(document.Source.Trim());
        }

        return document.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Host(uri.Host) : null;
    }

    private static string Host(string source)
    {
        if (source.Contains(' ', StringComparison.Ordinal) || !source.Contains('.', StringComparison.Ordinal))
        {
            return source;
        }

        var lower = source.ToLowerInvariant();
        foreach (var prefix in (string[])["www.", "edition.", "m.", "amp."])
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && lower.Length > prefix.Length + 3 && lower.Contains('.', StringComparison.Ordinal))
            {
                return lower[prefix.Length..];
            }
        }

        return lower;
    }
}
