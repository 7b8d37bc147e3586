namespace Wiredesk.Core.Stories;

/// <summary>One event as the clusterer sees it at a moment of the stream.</summary>
/// <param name="Id">Stable id: derived from the story's first article and kept when stories merge into it.</param>
/// <param name="Title">A representative headline: the member title closest to the story's titles.</param>
/// <param name="Documents">Member document ids in arrival order.</param>
/// <param name="First">Publication time of the earliest member, when known.</param>
/// <param name="Last">Publication time of the latest member, when known.</param>
/// <param name="Sources">Distinct known outlets, sorted.</param>
/// <param name="SourceCount">Distinct outlets, counting each article of unknown outlet as one of its own.</param>
/// <param name="IndependentSources">Like <paramref name="SourceCount"/>, counting only articles that are not copies of another member.</param>
/// <param name="Copies">Member ids that joined as copies of an earlier article.</param>
public sealed record Story(
    string Id,
    string? Title,
    IReadOnlyList<string> Documents,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    IReadOnlyList<string> Sources,
    int SourceCount,
    int IndependentSources,
    IReadOnlyList<string> Copies);
