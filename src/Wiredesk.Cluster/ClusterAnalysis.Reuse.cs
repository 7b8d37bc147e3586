using Wiredesk.Cluster.Reuse;
using Wiredesk.Cluster.Workers;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;

namespace Wiredesk.Cluster;

/// <summary>The text-reuse stage on the cluster.</summary>
public sealed partial class ClusterAnalysis
{
    private readonly ReuseOptions _reuse = ReuseOptions.Default;
    private readonly Dictionary<int, string> _keys = [];

    private async Task ReuseAsync(IReuseStore store, IReadOnlyList<string> pending, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var keys in pending.Chunk(_options.BatchSize))
        {
            var documents = new List<Document>(keys.Length);
            foreach (var key in keys)
            {
                if (await store.GetByHashAsync(key, cancellationToken).ConfigureAwait(false) is { } document)
                {
                    documents.Add(document);
                }
            }

            var (signatures, relations) = await WithRetryAsync(() => ReuseBatchAsync(store, documents, cancellationToken), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < documents.Count; i++)
            {
                await store.SaveReuseAsync(documents[i].ContentHash, signatures[i], relations[i], _reuse, cancellationToken).ConfigureAwait(false);
            }

            done += keys.Length;
            progress?.Report(done);
        }
    }

    private async Task<(ReuseSignature[] Signatures, ReuseRelation[][] Relations)> ReuseBatchAsync(IReuseStore store, List<Document> documents, CancellationToken cancellationToken)
    {
        var ledger = grains.GetGrain<IReuseLedgerGrain>(_options.Name);
        var seqs = await ledger.RegisterAsync([.. documents.Select(d => d.ContentHash)]).ConfigureAwait(false);
        for (var i = 0; i < documents.Count; i++)
        {
            _keys[seqs[i]] = documents[i].ContentHash;
        }

        var signatures = await SpreadAsync(documents, (worker, chunk) => worker.SignAsync(new DocumentBatch(chunk))).ConfigureAwait(false);
        var sums = await CandidateHitsAsync(seqs, signatures).ConfigureAwait(false);

        var unknown = sums.SelectMany(s => CandidateCut.Qualifying(s, _reuse)).Where(seq => !_keys.ContainsKey(seq)).Distinct().ToArray();
        if (unknown.Length > 0)
        {
            var names = await ledger.KeysAsync(unknown).ConfigureAwait(false);
            for (var i = 0; i < unknown.Length; i++)
            {
                _keys[unknown[i]] = names[i];
            }
        }

        var byKey = documents.ToDictionary(d => d.ContentHash, StringComparer.Ordinal);
        var jobs = new List<AlignmentJob>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var candidates = new List<Document>();
            foreach (var candidate in CandidateCut.Cut(sums[i], seq => _keys[seq], _reuse))
            {
                if (candidate.DocumentKey == documents[i].ContentHash)
                {
                    continue;
                }

                if (!byKey.TryGetValue(candidate.DocumentKey, out var other))
                {
                    other = await store.GetByHashAsync(candidate.DocumentKey, cancellationToken).ConfigureAwait(false);
                    if (other is not null)
                    {
                        byKey[candidate.DocumentKey] = other;
                    }
                }

                if (other is not null)
                {
                    candidates.Add(other);
                }
            }

            jobs.Add(new AlignmentJob(documents[i], [.. candidates]));
        }

        var relations = await SpreadAsync(jobs, (worker, chunk) => worker.CompareAsync(chunk)).ConfigureAwait(false);
        return (signatures, relations);
    }

    /// <summary>Sends each partition the batch's keys it holds and adds up, per document, what the partitions found.</summary>
    private async Task<Dictionary<int, (int Fingerprints, int Bands)>[]> CandidateHitsAsync(int[] seqs, ReuseSignature[] signatures)
    {
        var partitions = _options.Partitions;
        var sent = Enumerable.Range(0, partitions).Select(_ => (Documents: new List<ShardDocument>(), Owners: new List<int>())).ToArray();
        for (var i = 0; i < seqs.Length; i++)
        {
            var split = KeyPartition.Split(seqs[i], signatures[i], _reuse, partitions);
            for (var p = 0; p < partitions; p++)
            {
                if (split[p] is { } part)
                {
                    sent[p].Documents.Add(part);
                    sent[p].Owners.Add(i);
                }
            }
        }

        var calls = sent.Select((s, p) => s.Documents.Count == 0
            ? Task.FromResult(Array.Empty<ShardHit[]>())
            : grains.GetGrain<IReuseShardGrain>(p, _options.Name).AddAndQueryAsync([.. s.Documents], _reuse.MaxPostingsPerKey)).ToList();
        var answers = await Task.WhenAll(calls).ConfigureAwait(false);
        var hits = Enumerable.Range(0, seqs.Length).Select(_ => new List<ShardHit>()).ToArray();
        for (var p = 0; p < partitions; p++)
        {
            for (var j = 0; j < answers[p].Length; j++)
            {
                hits[sent[p].Owners[j]].AddRange(answers[p][j]);
            }
        }

        return [.. hits.Select(CandidateCut.Sum)];
    }
}
