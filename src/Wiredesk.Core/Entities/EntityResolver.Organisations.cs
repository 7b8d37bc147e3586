using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

public sealed partial class EntityResolver
{
    /// <summary>
    /// The first word of an organisation's name standing alone where the tagger missed it: "Ostrander said", after
    /// "Ostrander Shipping". Only a word of four letters or more, not in capitals, that is the first word of one
    /// organisation of the story whose name ends in an organisation word,
    /// that the story never writes in lower case, that is not a title and names nothing else (a country, a word of a
    /// person's name, a demonym), and that does not start a longer name ("Ostrander Energy").
    /// </summary>
    private static void AddOrganisationWords(Document document, List<Group> groups)
    {
        var taken = groups.SelectMany(g => g.Mentions).Where(m => m.Document == document.Id).Select(m => m.Span).ToList();
        var named = groups.Where(g => g.Mentions.Count > 0).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var personWords = groups.Where(g => g.Type == EntityType.Person).SelectMany(g => g.FullNames.SelectMany(f => f).Append(g.Key)).ToHashSet(StringComparer.Ordinal);
        var placeNames = groups.Where(g => g.Type == EntityType.Place).Select(g => g.Key).ToList();
        var firstWords = groups
            .Where(g => g.Type == EntityType.Organization && g.Country is null && g.Mentions.Count > 0 && OrganisationHeads.EndsName(g.Key))
            .GroupBy(g => g.Key[..g.Key.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal)
            .Where(w => w.Key.Length >= 4 && w.Count() == 1 && !named.Contains(w.Key) && !RoleWords.IsTitle(w.Key)
                        && !NamesSomethingElse(w.Key, personWords, placeNames) && !document.Text.Contains(w.Key, StringComparison.Ordinal))
            .ToDictionary(w => w.Key, w => w.Single(), StringComparer.Ordinal);
        if (firstWords.Count == 0)
        {
            return;
        }

        foreach (var paragraph in document.Paragraphs.Where(p => p.Kind is not ParagraphKind.Boilerplate))
        {
            foreach (var (start, end, key) in Tokens(document.Text, paragraph.Span))
            {
                if (!char.IsUpper(document.Text[start]) || !firstWords.TryGetValue(key, out var group) || EntityNames.Key(document.Text[start..end]) != key
                    || document.Text[start..end].All(c => !char.IsLetter(c) || char.IsUpper(c))
                    || taken.Any(t => t.Start < end && start < t.End) || (end + 1 < document.Text.Length && document.Text[end] == ' ' && char.IsUpper(document.Text[end + 1])))
                {
                    continue;
                }

                var span = TextSpan.FromBounds(start, end);
                group.Mentions.Add(new ResolvedMention(document.Id, span, document.Text[start..end], MentionKind.Name));
                taken.Add(span);
            }
        }
    }
}
