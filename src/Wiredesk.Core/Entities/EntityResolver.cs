using System.Security.Cryptography;
using System.Text;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// Merges the entity mentions of a set of documents (a story) into canonical entities: names across spellings,
/// diacritics and typos, surnames onto full names, handles of embedded posts onto their authors, country names and
/// demonyms onto the country, acronyms onto their long forms; titles give people roles, and role references
/// ("the NATO chief", "the president") resolve to the person who holds the role. Pure: documents in, entities out.
/// </summary>
public sealed partial class EntityResolver(INamedEntityRecognizer recognizer)
{
    /// <summary>The canonical entities of <paramref name="documents"/>, most mentioned first.</summary>
    public IReadOnlyList<CanonicalEntity> Resolve(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var groups = new List<Group>();
        var raw = Retype(documents.SelectMany(Mentions).ToList(), documents);
        GroupPeople(raw.Where(m => m.Type == EntityType.Person).ToList(), groups);
        GroupOthers(raw.Where(m => m.Type != EntityType.Person).ToList(), groups);
        FoldPlaceForms(groups);
        foreach (var document in documents)
        {
            AddSurnames(document, groups);
            AddOrganisationWords(document, groups);
            AddTitledNames(document, groups);
            AddHandles(document, groups);
            AddRoleReferences(document, groups);
        }

        return groups
            .Where(g => g.Mentions.Count > 0)
            .Select(ToEntity)
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    private IEnumerable<Raw> Mentions(Document document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Kind is ParagraphKind.Boilerplate or ParagraphKind.Dateline)
            {
                continue;
            }

            foreach (var mention in recognizer.Recognize(document.Text, paragraph.Span))
            {
                var (span, text) = WithHonorific(document.Text, WithoutTitle(document.Text, mention), mention.Text);
                text = document.Text.Substring(span.Start, span.Length);
                var key = EntityNames.Key(text);
                if (key.Length == 0 || text.StartsWith('@'))
                {
                    continue;
                }

                var role = mention.Type == EntityType.Person ? RoleBefore(document.Text, span) ?? RoleAfter(document.Text, mention.Span) : null;
                var acts = Acts(document.Text, mention.Span);
                yield return new Raw(document.Id, span, text, mention.Type, key, role, acts);
            }
        }
    }

    // "Senator Bernie Sanders" tagged as one person: the title is a role, not part of the name.
    private static TextSpan WithoutTitle(string text, EntityMention mention)
    {
        var span = mention.Span;
        if (mention.Type != EntityType.Person)
        {
            return span;
        }

        while (true)
        {
            var space = text.IndexOf(' ', span.Start, span.Length);
            if (space < 0 || text.IndexOf(' ', space + 1, span.End - space - 1) < 0 || !RoleWords.IsTitle(EntityNames.Key(text[span.Start..space])))
            {
                return span;
            }

            span = TextSpan.FromBounds(space + 1, span.End);
        }
    }

    // "Mr. Trump": the honorific belongs to how the article names him.
    private static (TextSpan Span, string Text) WithHonorific(string text, TextSpan span, string mention)
    {
        foreach (var honorific in (string[])["Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr "])
        {
            var start = span.Start - honorific.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, honorific, 0, honorific.Length) == 0 && !mention.StartsWith(honorific, StringComparison.Ordinal))
            {
                return (TextSpan.FromBounds(start, span.End), text[start..span.End]);
            }
        }

        return (span, mention);
    }

    private static CanonicalEntity ToEntity(Group group)
    {
        var mentions = group.Mentions.OrderBy(m => m.Document, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ToList();
        var name = group.Country?.Name ?? (group.Type == EntityType.Person ? CanonicalName(group) : MostUsedName(group));
        var aliases = mentions.Select(m => Clean(m.Text)).Append(name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var roles = group.Roles.DistinctBy(EntityNames.Key).Order(StringComparer.Ordinal).ToList();
        var documents = mentions.Select(m => m.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        return new CanonicalEntity(Id(group.Type, name), name, group.Type, aliases, roles, documents, mentions);
    }

    // The fullest name seen, preferring the form with letters beyond ASCII (the original spelling), then the most used.
    private static string CanonicalName(Group group) =>
        group.Mentions.Where(m => m.Kind == MentionKind.Name)
            .Select(m => Clean(m.Text))
            .Where(t => !Honorifics.Contains(EntityNames.Words(t)[0]) || EntityNames.Words(t).Length == 1)
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => EntityNames.Words(g.Key).Length)
            .ThenByDescending(g => g.Key.Any(c => c > 127))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? group.Mentions[0].Text;

    // Organisations and places go by the name the articles use most: "NATO" rather than its long form; but not by the
    // first word of their name alone ("Halvard Shipping", not "Halvard"), and on a tie not a dateline's capitals.
    private static string MostUsedName(Group group) =>
        group.Mentions.Where(m => m.Kind == MentionKind.Name)
            .Select(m => Clean(m.Text))
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => EntityNames.Key(g.Key) != group.Key[..Math.Max(0, group.Key.IndexOf(' ', StringComparison.Ordinal))])
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.All(c => !char.IsLetter(c) || char.IsUpper(c)) && g.Key.Length > 4)
            .ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? group.Mentions[0].Text;

    private static string Clean(string text)
    {
        var trimmed = text.Trim();
        foreach (var prefix in (string[])["the ", "The "])
        {
            if (trimmed.StartsWith(prefix, StringComparison.Ordinal) && trimmed.Length > prefix.Length + 2 && char.IsUpper(trimmed[prefix.Length]))
            {
                return trimmed;
            }
        }

        return trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("’s", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
    }

    private static string Id(EntityType type, string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(type + ":" + EntityNames.Key(name)), hash);
        return "e-" + Convert.ToHexStringLower(hash[..6]);
    }

    /// <summary>A mention as the tagger found it; <paramref name="Joins"/> is the key of the organisation a lone word of
    /// its name joins.</summary>
    private sealed record Raw(string Document, TextSpan Span, string Text, EntityType Type, string Key, string? Role, bool Acts = false, string? Joins = null);

    private sealed class Group(EntityType type, string key)
    {
        public EntityType Type { get; } = type;

        public string Key { get; set; } = key;

        public CountryTable.Country? Country { get; init; }

        public List<ResolvedMention> Mentions { get; } = [];

        public List<string> Roles { get; } = [];

        public List<string[]> FullNames { get; } = [];

        public void Add(Raw raw, MentionKind kind)
        {
            Mentions.Add(new ResolvedMention(raw.Document, raw.Span, raw.Text, kind));
            if (raw.Role is { } role)
            {
                Roles.Add(role);
            }
        }
    }
}
