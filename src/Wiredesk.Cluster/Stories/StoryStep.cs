using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Stories;

/// <summary>One call of the clusterer as the sequencer journals it: replaying the steps in order rebuilds the clusterer exactly.</summary>
/// <param name="Profile">The article placed.</param>
/// <param name="CopyOf">The placed article it was found to copy, if any.</param>
[GenerateSerializer, Immutable]
public sealed record StoryStep(ArticleProfile Profile, string? CopyOf);
