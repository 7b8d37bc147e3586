using Wiredesk.Core.Report;
using Wiredesk.Web.Contracts;

namespace Wiredesk.Web.Catalog;

/// <summary>
/// Which stories mention which canonical entities, filled story by story in the background. Entities are found by id
/// (<c>e-…</c>) or by any of their names, ignoring case.
/// </summary>
internal sealed class EntityIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string Signature, IReadOnlyList<IndexedEntity> Entities)> _byStory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _storiesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _idsByName = new(StringComparer.OrdinalIgnoreCase);

    public int StoryCount
    {
        get
        {
            lock (_lock)
            {
                return _byStory.Count;
            }
        }
    }

    public bool IsCurrent(string storyId, string signature)
    {
        lock (_lock)
        {
            return _byStory.TryGetValue(storyId, out var entry) && entry.Signature == signature;
        }
    }

    public void Put(string storyId, string signature, IReadOnlyList<EntityReport> entities)
    {
        var kept = entities.Select(e => new IndexedEntity(e.Id, e.Name, e.Type, e.Aliases, e.Roles, e.Documents)).ToList();
        lock (_lock)
        {
            RemoveLocked(storyId);
            _byStory[storyId] = (signature, kept);
            foreach (var entity in kept)
            {
                Add(_storiesOf, entity.Id, storyId);
                foreach (var name in entity.Aliases.Append(entity.Name))
                {
                    Add(_idsByName, name, entity.Id);
                }
            }
        }
    }

    /// <summary>Drops the stories that are no longer stored (merged into others).</summary>
    public void Retain(IReadOnlySet<string> storyIds)
    {
        lock (_lock)
        {
            foreach (var gone in _byStory.Keys.Where(id => !storyIds.Contains(id)).ToList())
            {
                RemoveLocked(gone);
            }
        }
    }

    /// <summary>The ids of the stories that mention the entity with this id or name.</summary>
    public IReadOnlySet<string> StoriesOf(string idOrName)
    {
        lock (_lock)
        {
            var stories = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in IdsLocked(idOrName))
            {
                stories.UnionWith(_storiesOf.GetValueOrDefault(id) ?? []);
            }

            return stories;
        }
    }

    /// <summary>The entity with this id (or, failing that, name) across the indexed stories, or null.</summary>
    public EntityResponse? Find(string idOrName, StorySnapshot snapshot)
    {
        lock (_lock)
        {
            var id = IdsLocked(idOrName).FirstOrDefault();
            if (id is null || !_storiesOf.TryGetValue(id, out var storyIds))
            {
                return null;
            }

            var parts = storyIds.SelectMany(s => _byStory[s].Entities.Where(e => e.Id == id)).ToList();
            var stories = snapshot.Stories.Where(s => storyIds.Contains(s.Id)).Select(s => new StoryLink(s.Id, s.Title)).ToList();
            return new EntityResponse(
                id,
                parts[0].Name,
                parts[0].Type,
                Sorted(parts.SelectMany(p => p.Aliases)),
                Sorted(parts.SelectMany(p => p.Roles)),
                stories,
                Sorted(parts.SelectMany(p => p.Documents)));
        }
    }

    private IEnumerable<string> IdsLocked(string idOrName)
    {
        if (_storiesOf.ContainsKey(idOrName))
        {
            return [idOrName];
        }

        return _idsByName.TryGetValue(idOrName.Trim(), out var ids) ? ids.Order(StringComparer.Ordinal) : [];
    }

    private void RemoveLocked(string storyId)
    {
        if (!_byStory.Remove(storyId, out var old))
        {
            return;
        }

        foreach (var entity in old.Entities)
        {
            if (_storiesOf.TryGetValue(entity.Id, out var stories) && stories.Remove(storyId) && stories.Count == 0)
            {
                _storiesOf.Remove(entity.Id);
                foreach (var name in entity.Aliases.Append(entity.Name))
                {
                    if (_idsByName.TryGetValue(name, out var ids) && ids.Remove(entity.Id) && ids.Count == 0)
                    {
                        _idsByName.Remove(name);
                    }
                }
            }
        }
    }

    private static List<string> Sorted(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string value)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(value);
    }
}
