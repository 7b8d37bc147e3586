using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

public sealed partial class EntityResolver
{
    // A known person's surname standing alone where the tagger missed it: "Medinsky said", after "Vladimir Medinsky".
    private static void AddSurnames(Document document, List<Group> groups)
    {
        var surnames = groups
            .Where(g => g.Type == EntityType.Person)
            .SelectMany(g => g.FullNames.Select(f => (Surname: f[^1], Group: g)))
            .Where(s => s.Surname.Length >= 4)
            .GroupBy(s => s.Surname, StringComparer.Ordinal)
            .Where(s => s.Select(x => x.Group).Distinct().Count() == 1)
            .ToDictionary(s => s.Key, s => s.First().Group, StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }

        var taken = groups.SelectMany(g => g.Mentions).Where(m => m.Document == document.Id).Select(m => m.Span).ToList();
        foreach (var paragraph in document.Paragraphs.Where(p => p.Kind is not ParagraphKind.Boilerplate))
        {
            foreach (var (start, end, key) in Tokens(document.Text, paragraph.Span))
            {
                if (!char.IsUpper(document.Text[start]) || !surnames.TryGetValue(key, out var group)
                    || taken.Any(t => t.Start < end && start < t.End))
                {
                    continue;
                }

                var span = TextSpan.FromBounds(start, end);
                group.Mentions.Add(new ResolvedMention(document.Id, span, document.Text[start..end], MentionKind.Name));
                taken.Add(span);
            }
        }
    }

    // "NATO Secretary-General Mark Rutte": a role naming an organisation or a country right before the name is also
    // how the article names the person.
    private static void AddTitledNames(Document document, List<Group> groups)
    {
        foreach (var group in groups.Where(g => g.Type == EntityType.Person))
        {
            foreach (var mention in group.Mentions.Where(m => m.Document == document.Id && m.Kind == MentionKind.Name).ToList())
            {
                if (RoleBefore(document.Text, mention.Span) is { } role)
                {
                    var start = mention.Span.Start - 1;
                    while (start > 0 && document.Text[start - 1] == ' ')
                    {
                        start--;
                    }

                    var span = TextSpan.FromBounds(start - role.Length, start);
                    if (span.Start < 0 || !document.Text.AsSpan(span.Start, span.Length).SequenceEqual(role))
                    {
                        continue;
                    }

                    // One title word names the person with the name ("Chancellor Merz"); a longer role names them alone.
                    var named = role.Contains(' ', StringComparison.Ordinal) ? span : TextSpan.FromBounds(span.Start, mention.Span.End);
                    group.Mentions.Add(new ResolvedMention(document.Id, named, document.Text.Substring(named.Start, named.Length), MentionKind.Role));
                }
            }
        }
    }
}
