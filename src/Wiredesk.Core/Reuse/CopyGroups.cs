namespace Wiredesk.Core.Reuse;

/// <summary>The connected sets of documents that carry the same text (duplicates and partial copies; shared quotations do not join).</summary>
public static class CopyGroups
{
    /// <summary>Groups of two or more document ids, each sorted, largest group first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(IEnumerable<ReuseRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string id)
        {
            while (parent.TryGetValue(id, out var up) && up != id)
            {
                parent[id] = parent.TryGetValue(up, out var grand) ? grand : up;
                id = up;
            }

            return id;
        }

        foreach (var relation in relations.Where(r => r.Kind != ReuseKind.Quotation))
        {
            parent.TryAdd(relation.A, relation.A);
            parent.TryAdd(relation.B, relation.B);
            var (x, y) = (Root(relation.A), Root(relation.B));
            if (x != y)
            {
                parent[string.CompareOrdinal(x, y) < 0 ? y : x] = string.CompareOrdinal(x, y) < 0 ? x : y;
            }
        }

        return parent.Keys
            .GroupBy(Root)
            .Select(g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList())
            .Where(g => g.Count > 1)
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g[0], StringComparer.Ordinal)
            .ToList();
    }
}
