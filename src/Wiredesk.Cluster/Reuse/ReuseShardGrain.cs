using Orleans.Runtime;
using Wiredesk.Cluster.Journal;

namespace Wiredesk.Cluster.Reuse;

/// <summary>A partition of the reuse index held in memory and journalled: each batch that adds postings appends the documents it added.</summary>
internal sealed class ReuseShardGrain([PersistentState("head", ClusterStorage.Name)] IPersistentState<JournalHead> head) : Grain, IReuseShardGrain
{
    private PostingShard? _shard;

    public async Task<ShardHit[][]> AddAndQueryAsync(ShardDocument[] documents, int cap)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var shard = await LoadAsync(cap).ConfigureAwait(true);
        var added = documents.Where(shard.Add).ToArray();
        if (added.Length > 0)
        {
            try
            {
                await Journal().AppendAsync(added).ConfigureAwait(true);
            }
            catch
            {
                // Memory now holds postings the journal does not: start again from the journal.
                _shard = null;
                DeactivateOnIdle();
                throw;
            }
        }

        return documents.Select(shard.Query).ToArray();
    }

    private async Task<PostingShard> LoadAsync(int cap)
    {
        if (_shard is null)
        {
            var shard = new PostingShard(cap);
            await Journal().ReplayAsync(segment =>
            {
                foreach (var document in segment)
                {
                    shard.Add(document);
                }
            }).ConfigureAwait(true);
            _shard = shard;
        }

        return _shard;
    }

    private GrainJournal<ShardDocument> Journal()
    {
        var number = this.GetPrimaryKeyLong(out var index);
        return new GrainJournal<ShardDocument>(GrainFactory, head, $"shard/{index}/{number}");
    }
}
