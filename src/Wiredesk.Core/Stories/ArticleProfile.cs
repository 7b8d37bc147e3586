namespace Wiredesk.Core.Stories;

/// <summary>
/// What the story stage knows of one article: its words and name candidates with their counts, its title words,
/// its outlet and when it was published. Built by <see cref="ArticleProfiler"/>; compared by the clusterer.
/// </summary>
/// <param name="Id">The document id.</param>
/// <param name="Source">The outlet (site name or host), when known.</param>
/// <param name="Published">When it was published, when known.</param>
/// <param name="Title">The headline, when there is one.</param>
/// <param name="Words">Content words (stemmed, folded) of the title and body, with their counts.</param>
/// <param name="TitleWords">The distinct content words of the title.</param>
/// <param name="Names">Words written with a capital in mid-sentence, with their counts: names until entities exist.</param>
/// <param name="Repeats">Whether the headline or the first sentence says the news happened again ("meet again", "another
/// bridge gives way"): a new occurrence among the same people or places, not a follow-up on the earlier one.</param>
public sealed record ArticleProfile(
    string Id,
    string? Source,
    DateTimeOffset? Published,
    string? Title,
    IReadOnlyDictionary<string, int> Words,
    IReadOnlyList<string> TitleWords,
    IReadOnlyDictionary<string, int> Names,
    bool Repeats = false);
