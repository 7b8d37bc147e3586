using Orleans.Runtime;
using Wiredesk.Cluster.Journal;
using Wiredesk.Core.Stories;

namespace Wiredesk.Cluster.Stories;

/// <summary>The story clusterer in memory, journalled: each call appends the steps it took, and activation replays them.</summary>
internal sealed class StorySequencerGrain([PersistentState("head", ClusterStorage.Name)] IPersistentState<JournalHead> head) : Grain, IStorySequencerGrain
{
    private readonly StoryOptions _options = StoryOptions.Default;
    private OnlineStoryClusterer _clusterer = null!;
    private Dictionary<string, StoryAssignment> _assignments = null!;
    private GrainJournal<StoryStep> _journal = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadAsync();

    public async Task<StoryAssignment[]> PlaceAsync(StoryInput[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var steps = new List<StoryStep>();
        var assignments = new StoryAssignment[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var profile = inputs[i].Profile;
            if (_assignments.TryGetValue(profile.Id, out var known))
            {
                assignments[i] = known;
                continue;
            }

            var copyOf = CopySource.Find(profile.Id, inputs[i].Relations, id => _clusterer.StoryOf(id) is not null, _options.CopyContainment);
            var step = new StoryStep(profile, copyOf);
            assignments[i] = Apply(step);
            steps.Add(step);
        }

        if (steps.Count > 0)
        {
            try
            {
                await _journal.AppendAsync([.. steps]).ConfigureAwait(true);
            }
            catch
            {
                // The clusterer cannot take steps back: rebuild it from the journal.
                await LoadAsync().ConfigureAwait(true);
                throw;
            }
        }

        return assignments;
    }

    public Task<string?[]> StoryOfAsync(string[] documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        return Task.FromResult(documentIds.Select(_clusterer.StoryOf).ToArray());
    }

    public Task<Story[]> StoriesAsync(string[] storyIds)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        var wanted = storyIds.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(_clusterer.Stories().Where(s => wanted.Contains(s.Id)).ToArray());
    }

    public Task<int> CountAsync() => Task.FromResult(_assignments.Count);

    private async Task LoadAsync()
    {
        _clusterer = new OnlineStoryClusterer(_options);
        _assignments = new Dictionary<string, StoryAssignment>(StringComparer.Ordinal);
        _journal = new GrainJournal<StoryStep>(GrainFactory, head, "stories/" + this.GetPrimaryKeyString());
        await _journal.ReplayAsync(segment =>
        {
            foreach (var step in segment)
            {
                Apply(step);
            }
        }).ConfigureAwait(true);
    }

    private StoryAssignment Apply(StoryStep step)
    {
        var assignment = _clusterer.Add(step.Profile, step.CopyOf);
        _assignments[step.Profile.Id] = assignment;
        return assignment;
    }
}
