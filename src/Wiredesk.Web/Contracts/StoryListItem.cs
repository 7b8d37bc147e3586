namespace Wiredesk.Web.Contracts;

/// <summary>One story in a list: what a reader needs to choose it.</summary>
/// <param name="Id">The story id.</param>
/// <param name="Title">A representative headline.</param>
/// <param name="First">Earliest member's publication time (ISO 8601).</param>
/// <param name="Last">Latest member's publication time (ISO 8601).</param>
/// <param name="Sources">Distinct known outlets.</param>
/// <param name="SourceCount">Distinct outlets, each article of unknown outlet counting as its own.</param>
/// <param name="IndependentSources">Outlets counting only articles that are not copies.</param>
/// <param name="Articles">How many articles the story holds.</param>
/// <param name="Copies">How many of them are copies of an earlier member.</param>
public sealed record StoryListItem(string Id, string? Title, string? First, string? Last, IReadOnlyList<string> Sources, int SourceCount, int IndependentSources, int Articles, int Copies);
