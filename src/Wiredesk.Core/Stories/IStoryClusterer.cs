namespace Wiredesk.Core.Stories;

/// <summary>
/// Groups a stream of articles into stories, one article at a time. Contract: the same articles in the same order give
/// the same stories and ids; an id, once given, names the same story for as long as the clusterer lives (a story merged
/// into another is reported in <see cref="StoryAssignment.Merged"/> and its id then resolves to the survivor).
/// </summary>
public interface IStoryClusterer
{
    /// <summary>Places <paramref name="article"/>; <paramref name="copyOf"/> names an earlier article it copies, if any.</summary>
    StoryAssignment Add(ArticleProfile article, string? copyOf);
}
