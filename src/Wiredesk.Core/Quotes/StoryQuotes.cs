using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// Groups the quotations of a story's articles: two are one quotation when most of the shorter one's words are in the
/// longer one (quote styles, case and small edits do not matter) and their speakers do not disagree. Speakers are mapped
/// onto the story's canonical entities (people, and organisations and places by a name they hold); outlets carrying a
/// quotation are counted, copies once.
/// </summary>
public static class StoryQuotes
{
    private const double SameWords = 0.7;
    private const int MinimumWords = 3;

    /// <summary>The story's quotations, most carried first.</summary>
    /// <param name="articles">Each article with its quotations, in story order.</param>
    /// <param name="entities">The story's canonical entities (may be empty).</param>
    /// <param name="outletOf">The outlet of a document, or null when unknown.</param>
    /// <param name="copies">Documents that are copies of another in the story.</param>
    public static IReadOnlyList<StoryQuote> Group(
        IReadOnlyList<(Document Document, IReadOnlyList<Quotation> Quotes)> articles,
        IReadOnlyList<CanonicalEntity> entities,
        Func<string, string?> outletOf,
        IReadOnlySet<string> copies)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(outletOf);
        ArgumentNullException.ThrowIfNull(copies);
        var groups = new List<(HashSet<string> Words, List<(QuoteVariant Variant, QuoteKind Kind, CanonicalEntity? Speaker)> Members)>();
        foreach (var (document, quotes) in articles)
        {
            foreach (var quote in quotes)
            {
                // A quotation in parts ("…," she said, "…") reads as its words alone, the parts joined by an ellipsis.
                var text = quote.Parts.Count > 1
                    ? string.Join(" … ", quote.Parts.Select(part => document.Text.Substring(part.Start, part.Length).Trim().TrimEnd(',')))
                    : document.Text.Substring(quote.Content.Start, quote.Content.Length);
                var words = Words(text);
                if (words.Count < MinimumWords)
                {
                    continue;
                }

                var speaker = Match(quote.Speaker, entities);
                var variant = new QuoteVariant(document.Id, quote.Content, text, quote.Speaker);
                var home = groups.FirstOrDefault(g => Overlap(g.Words, words) >= SameWords && Agree(g.Members, speaker, quote.Speaker));
                if (home.Members is null)
                {
                    groups.Add((words, [(variant, quote.Kind, speaker)]));
                }
                else
                {
                    home.Words.UnionWith(words);
                    home.Members.Add((variant, quote.Kind, speaker));
                }
            }
        }

        return groups
            .Select(g => ToQuote(g.Members, outletOf, copies))
            .OrderByDescending(q => q.IndependentOutlets).ThenByDescending(q => q.Documents.Count)
            .ToList();
    }

    private static StoryQuote ToQuote(List<(QuoteVariant Variant, QuoteKind Kind, CanonicalEntity? Speaker)> members, Func<string, string?> outletOf, IReadOnlySet<string> copies)
    {
        var speaker = members.Select(m => m.Speaker).FirstOrDefault(s => s is not null);
        var name = speaker?.Name ?? members.Select(m => m.Variant.Speaker).FirstOrDefault(s => s is not null);
        var documents = members.Select(m => m.Variant.Document).Distinct(StringComparer.Ordinal).ToList();
        string Outlet(string id) => outletOf(id) ?? "\0" + id;
        var outlets = documents.Select(Outlet).Distinct(StringComparer.Ordinal).Count();
        var independent = documents.Where(d => !copies.Contains(d)).Select(Outlet).Distinct(StringComparer.Ordinal).Count();
        var kind = members.GroupBy(m => m.Kind).OrderByDescending(g => g.Count()).First().Key;
        return new StoryQuote(name, speaker?.Id, members[0].Variant.Text, kind, members.Select(m => m.Variant).ToList(), documents, outlets, Math.Max(independent, documents.Count > 0 ? 1 : 0));
    }

    private static bool Agree(List<(QuoteVariant Variant, QuoteKind Kind, CanonicalEntity? Speaker)> members, CanonicalEntity? speaker, string? name)
    {
        if (speaker is not null)
        {
            return members.All(m => m.Speaker is null || m.Speaker == speaker);
        }

        return name is null || members.All(m => m.Variant.Speaker is null || Surname(m.Variant.Speaker) == Surname(name) || m.Speaker is not null && m.Speaker.Aliases.Any(a => Fold(a) == Fold(name)));
    }

    private static CanonicalEntity? Match(string? speaker, IReadOnlyList<CanonicalEntity> entities)
    {
        if (speaker is null)
        {
            return null;
        }

        // People by name, alias or surname; organisations and places only by a name or alias they hold ("Halvard said",
        // after "Halvard Shipping": one speaker, not two).
        var key = Fold(speaker);
        return entities.FirstOrDefault(e => e.Type == EntityType.Person && (Fold(e.Name) == key || e.Aliases.Any(a => Fold(a) == key)))
            ?? entities.FirstOrDefault(e => e.Type == EntityType.Person && Fold(e.Name).EndsWith(" " + key.Split(' ')[^1], StringComparison.Ordinal))
            ?? entities.FirstOrDefault(e => e.Type is EntityType.Organization or EntityType.Place && (Fold(e.Name) == key || e.Aliases.Any(a => Fold(a) == key)));
    }

    private static string Fold(string name) => NameFolding.Fold(name);

    private static string Surname(string name) => Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new System.Text.StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(Reuse.CharFolding.Fold(c)));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        return words;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
}
