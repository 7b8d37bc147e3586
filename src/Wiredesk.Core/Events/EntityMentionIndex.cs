using Wiredesk.Core.Entities;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Events;

/// <summary>The canonical entities' mentions in one document, in text order.</summary>
public sealed class EntityMentionIndex
{
    private readonly Dictionary<string, List<IndexedMention>> _byDocument = new(StringComparer.Ordinal);

    /// <summary>Indexes every mention of <paramref name="entities"/>.</summary>
    public EntityMentionIndex(IReadOnlyList<CanonicalEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            var country = entity.Type == EntityType.Place && CountryTable.Find(EntityNames.Key(entity.Name)) is not null;
            foreach (var mention in entity.Mentions)
            {
                if (!_byDocument.TryGetValue(mention.Document, out var list))
                {
                    list = [];
                    _byDocument[mention.Document] = list;
                }

                list.Add(new IndexedMention(mention.Span, entity, mention.Kind, mention.Text, country));
            }
        }

        foreach (var list in _byDocument.Values)
        {
            list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>The mentions in <paramref name="document"/> that lie inside <paramref name="region"/>, in order.</summary>
    internal IReadOnlyList<IndexedMention> In(string document, TextSpan region)
    {
        if (!_byDocument.TryGetValue(document, out var list))
        {
            return [];
        }

        var found = new List<IndexedMention>();
        for (var i = FirstAtOrAfter(list, region.Start); i < list.Count && list[i].Span.Start < region.End; i++)
        {
            if (list[i].Span.End <= region.End)
            {
                found.Add(list[i]);
            }
        }

        return found;
    }

    /// <summary>The last person named in <paramref name="document"/> before <paramref name="position"/>, within the 200 mentions before it.</summary>
    internal IndexedMention? LastPersonBefore(string document, int position)
    {
        if (!_byDocument.TryGetValue(document, out var list))
        {
            return null;
        }

        var end = FirstAtOrAfter(list, position);
        for (var i = end - 1; i >= Math.Max(0, end - 200); i--)
        {
            var m = list[i];
            if (m.Span.End <= position && m.Entity.Type == EntityType.Person && m.Kind is MentionKind.Name or MentionKind.Role)
            {
                return m;
            }
        }

        return null;
    }

    // Mentions are sorted by start: the index of the first one starting at or after a position.
    private static int FirstAtOrAfter(List<IndexedMention> list, int position)
    {
        var (lo, hi) = (0, list.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
