namespace Wiredesk.Core.Stories;

/// <summary>Where one article went.</summary>
/// <param name="DocumentId">The article.</param>
/// <param name="StoryId">The story it joined or started.</param>
/// <param name="Started">True when the article started a new story.</param>
/// <param name="Score">The similarity that decided (0 for a new story, 1 for a copy).</param>
/// <param name="CopyOf">The earlier article it copies, when it joined as a copy.</param>
/// <param name="Merged">Stories found to be the same event and merged into <paramref name="StoryId"/>.</param>
public sealed record StoryAssignment(string DocumentId, string StoryId, bool Started, double Score, string? CopyOf, IReadOnlyList<string> Merged);
