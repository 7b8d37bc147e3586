using Orleans.Runtime;
using Wiredesk.Cluster.Journal;

namespace Wiredesk.Cluster.Reuse;

/// <summary>The stream's order, in memory and journalled: each call that numbers new keys appends them.</summary>
internal sealed class ReuseLedgerGrain([PersistentState("head", ClusterStorage.Name)] IPersistentState<JournalHead> head) : Grain, IReuseLedgerGrain
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, int> _seqs = new(StringComparer.Ordinal);
    private GrainJournal<string> _journal = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _journal = new GrainJournal<string>(GrainFactory, head, "ledger/" + this.GetPrimaryKeyString());
        await _journal.ReplayAsync(segment =>
        {
            foreach (var key in segment)
            {
                Number(key);
            }
        }).ConfigureAwait(true);
    }

    public async Task<int[]> RegisterAsync(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var before = _keys.Count;
        var seqs = keys.Select(Number).ToArray();
        if (_keys.Count > before)
        {
            try
            {
                await _journal.AppendAsync(_keys.Skip(before).ToArray()).ConfigureAwait(true);
            }
            catch
            {
                foreach (var key in _keys.Skip(before))
                {
                    _seqs.Remove(key);
                }

                _keys.RemoveRange(before, _keys.Count - before);
                throw;
            }
        }

        return seqs;
    }

    public Task<string[]> KeysAsync(int[] seqs)
    {
        ArgumentNullException.ThrowIfNull(seqs);
        return Task.FromResult(seqs.Select(seq => _keys[seq]).ToArray());
    }

    public Task<int> CountAsync() => Task.FromResult(_keys.Count);

    private int Number(string key)
    {
        if (!_seqs.TryGetValue(key, out var seq))
        {
            seq = _keys.Count;
            _keys.Add(key);
            _seqs[key] = seq;
        }

        return seq;
    }
}
