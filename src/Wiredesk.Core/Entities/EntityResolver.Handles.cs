using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

public sealed partial class EntityResolver
{
    // An embedded post's author and handle, and "@handles" in the text whose letters hold a known person's surname.
    private static void AddHandles(Document document, List<Group> groups)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            var region = paragraph.Span;
            for (var at = document.Text.IndexOf('@', region.Start, region.Length); at >= 0 && at < region.End; at = document.Text.IndexOf('@', at + 1, region.End - at - 1))
            {
                var end = at + 1;
                while (end < region.End && (char.IsLetterOrDigit(document.Text[end]) || document.Text[end] == '_'))
                {
                    end++;
                }

                if (end - at < 3 || (at > 0 && char.IsLetterOrDigit(document.Text[at - 1])))
                {
                    continue;
                }

                var handle = document.Text[at..end];
                var owner = paragraph.Embed is { Handle: { } embedHandle, Author: { } author } && string.Equals(embedHandle.TrimStart('@'), handle.TrimStart('@'), StringComparison.OrdinalIgnoreCase)
                    ? groups.FirstOrDefault(g => g.Type == EntityType.Person && g.FullNames.Any(f => Compatible(f, Name(EntityNames.Key(author)))))
                    : null;
                owner ??= groups
                    .Where(g => g.Type == EntityType.Person && g.FullNames.Count > 0)
                    .Where(g => g.FullNames.Any(f => f[^1].Length > 3 && EntityNames.Key(handle).Contains(f[^1], StringComparison.Ordinal)))
                    .OrderByDescending(g => g.Mentions.Count)
                    .FirstOrDefault();
                if (owner is not null && end - at < 40)
                {
                    owner.Mentions.Add(new ResolvedMention(document.Id, TextSpan.FromBounds(at, end), handle, MentionKind.Handle));
                }

                if (end >= region.End)
                {
                    break;
                }
            }
        }
    }
}
