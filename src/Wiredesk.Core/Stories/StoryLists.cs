namespace Wiredesk.Core.Stories;

/// <summary>Lists of stories under keys (terms, names), as the inverted index and the subject index keep them.</summary>
internal static class StoryLists
{
    /// <summary>
    /// Takes <paramref name="story"/> (and the stories merged into it, which stand for it) off the lists under
    /// <paramref name="keys"/>, drops the lists left empty, and empties <paramref name="keys"/>.
    /// </summary>
    public static void Remove<TKey>(Dictionary<TKey, List<StoryState>> lists, List<TKey> keys, StoryState story)
        where TKey : notnull
    {
        foreach (var key in keys)
        {
            if (lists.TryGetValue(key, out var stories) && stories.RemoveAll(s => s.Live == story) > 0 && stories.Count == 0)
            {
                lists.Remove(key);
            }
        }

        keys.Clear();
        keys.TrimExcess();
    }
}
