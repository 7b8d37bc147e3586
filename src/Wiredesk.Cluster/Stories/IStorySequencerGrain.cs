using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Stories;

/// <summary>
/// The story clusterer of a stream (key: the stream's name). Placing is one article after another against everything
/// placed before (document frequencies, recently updated stories, merges), so it runs in one grain; the profiles it
/// places are made on the workers. Placing an article again returns the assignment it got the first time.
/// </summary>
public interface IStorySequencerGrain : IGrainWithStringKey
{
    /// <summary>Places the articles in the order given.</summary>
    Task<StoryAssignment[]> PlaceAsync(StoryInput[] inputs);

    /// <summary>The story each document belongs to now (null when not placed).</summary>
    Task<string?[]> StoryOfAsync(string[] documentIds);

    /// <summary>The live stories among <paramref name="storyIds"/>, oldest first.</summary>
    Task<Story[]> StoriesAsync(string[] storyIds);

    /// <summary>Articles placed.</summary>
    Task<int> CountAsync();
}
