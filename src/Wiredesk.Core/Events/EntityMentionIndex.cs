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
    internal IReadOnlyList<IndexedMention> In(string document, TextSpan region) =>
        _byDocument.TryGetValue(document, out var list)
            ? list.Where(m => m.Span.Start >= region.Start && m.Span.End <= region.End).ToList()
            : [];

    /// <summary>The last person named in <paramref name="document"/> before <paramref name="position"/>.</summary>
    internal IndexedMention? LastPersonBefore(string document, int position) =>
        _byDocument.TryGetValue(document, out var list)
            ? list.LastOrDefault(m => m.Span.End <= position && m.Entity.Type == EntityType.Person && m.Kind is MentionKind.Name or MentionKind.Role)
            : null;
}
