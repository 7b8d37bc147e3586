namespace Wiredesk.Core.Storage;

/// <summary>
/// The story clusterer saved as bytes after an analysis, so that the next process places new articles without first
/// replaying every stored placement. It holds the placements up to <paramref name="Mark"/> and was made by the code and
/// options named by <paramref name="Fingerprint"/>; for any other mark or fingerprint it is ignored.
/// </summary>
/// <param name="Mark">The store's placements the clusterer holds.</param>
/// <param name="Fingerprint">The clusterer's code and options.</param>
/// <param name="Data">The clusterer.</param>
public sealed record StorySnapshot(PlacementMark Mark, string Fingerprint, ReadOnlyMemory<byte> Data)
{
    /// <summary><see cref="Data"/> as one array: the array itself when it spans a whole one (a snapshot is tens of
    /// megabytes), else a copy.</summary>
    public byte[] DataArray() =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(Data, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : Data.ToArray();
}
