namespace Wiredesk.Core.Storage;

/// <summary>
/// How far a store's story placements have come: how many there are and the number of the last one. Any save of
/// placements or loss of one (an article replaced) moves it, so a clusterer built up to one mark is still the store's
/// while the mark stands.
/// </summary>
/// <param name="Count">Stored placements.</param>
/// <param name="Last">The placement number of the newest, 0 when there is none.</param>
public readonly record struct PlacementMark(long Count, long Last);
