using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Wiredesk.Core.Storage;

namespace Wiredesk.Core.Stories;

/// <summary>
/// Saving the story clusterer with the placements it holds, and reading it back only when it can still become the
/// store's: no newer placements than the store's (<see cref="PlacementMark"/>), the same code and the same options.
/// </summary>
internal static class ClustererSnapshots
{
    /// <summary>The code (this assembly's build: deterministic builds of the same source share it) and the options.</summary>
    public static string Fingerprint(StoryOptions options)
    {
        var text = typeof(OnlineStoryClusterer).Module.ModuleVersionId.ToString("N") + "\n" + JsonSerializer.Serialize(options);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary><paramref name="clusterer"/>, which holds every placement up to <paramref name="mark"/>, as a snapshot.</summary>
    public static StorySnapshot Take(OnlineStoryClusterer clusterer, PlacementMark mark, StoryOptions options) =>
        new(mark, Fingerprint(options), clusterer.ToSnapshot());

    /// <summary>
    /// The clusterer saved in <paramref name="snapshot"/> when it can start an analysis of a store now at
    /// <paramref name="mark"/>: made by this code with <paramref name="options"/>, and holding no placement newer than the
    /// store's; null otherwise. It holds exactly the store's placements when <c>snapshot.Mark == mark</c>; an older one
    /// still has to be caught up (<see cref="StoryAnalyzer"/>). Throws <see cref="InvalidDataException"/> when the bytes
    /// are damaged.
    /// </summary>
    public static OnlineStoryClusterer? Restore(StorySnapshot? snapshot, PlacementMark mark, StoryOptions options)
    {
        if (snapshot is null || snapshot.Mark.Last > mark.Last || snapshot.Fingerprint != Fingerprint(options))
        {
            return null;
        }

        var clusterer = OnlineStoryClusterer.FromSnapshot(snapshot.DataArray(), options);
        return clusterer.PlacedCount == snapshot.Mark.Count ? clusterer : null;
    }
}
