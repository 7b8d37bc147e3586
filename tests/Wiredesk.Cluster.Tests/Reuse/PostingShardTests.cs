using System.Globalization;
using Wiredesk.Cluster.Reuse;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Cluster.Tests.Reuse;

public sealed class PostingShardTests
{
    // A small key universe and a small cap, so that stock phrases (capped keys) and shared bands are common.
    private static readonly ReuseOptions Options = new() { MaxPostingsPerKey = 3, MaxCandidates = 4, MinSharedFingerprints = 2 };

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Partitions_fed_out_of_order_and_twice_answer_as_one_index_fed_in_order(int partitions)
    {
        var signatures = Signatures(300, seed: partitions);
        var index = new InMemoryReuseIndex(Options);
        var expected = signatures.Select((s, n) => index.FindCandidatesAndAdd(Key(n), s)).ToList();

        var shards = Enumerable.Range(0, partitions).Select(_ => new PostingShard(Options.MaxPostingsPerKey)).ToArray();
        var split = signatures.Select((s, n) => KeyPartition.Split(n, s, Options, partitions)).ToList();
        var order = Enumerable.Range(0, signatures.Count).Concat(Enumerable.Range(0, 50)).OrderBy(_ => Random.Shared.Next()).ToList();
        foreach (var n in order)
        {
            for (var p = 0; p < partitions; p++)
            {
                if (split[n][p] is { } part)
                {
                    shards[p].Add(part);
                }
            }
        }

        for (var n = 0; n < signatures.Count; n++)
        {
            var hits = Enumerable.Range(0, partitions).Where(p => split[n][p] is not null).SelectMany(p => shards[p].Query(split[n][p]!));
            var found = CandidateCut.Cut(CandidateCut.Sum(hits), seq => Key(seq), Options);
            Assert.Equal(expected[n], found);
        }

        Assert.Contains(expected, c => c.Count == Options.MaxCandidates);
        Assert.Contains(expected, c => c.Any(x => x.SharedBands > 0 && x.SharedFingerprints < Options.MinSharedFingerprints));
    }

    [Fact]
    public void Adding_a_document_again_changes_nothing()
    {
        var shard = new PostingShard(cap: 2);
        var document = new ShardDocument(5, [1, 2, 3], [9, 9]);
        Assert.True(shard.Add(document));
        var postings = shard.Postings;

        Assert.False(shard.Add(document));
        Assert.Equal(postings, shard.Postings);
        Assert.Equal(5, postings);
    }

    [Fact]
    public void A_key_held_by_more_documents_than_the_cap_is_ignored_from_then_on()
    {
        var shard = new PostingShard(cap: 2);
        for (var seq = 0; seq < 4; seq++)
        {
            shard.Add(new ShardDocument(seq, [42], []));
        }

        Assert.Equal([0, 1], shard.Query(new ShardDocument(2, [42], [])).Select(h => h.Seq).Order());
        Assert.Empty(shard.Query(new ShardDocument(3, [42], [])));
        Assert.Empty(shard.Query(new ShardDocument(9, [42], [])));
    }

    private static string Key(int n) => "doc" + n.ToString("D4", CultureInfo.InvariantCulture);

    private static List<ReuseSignature> Signatures(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            // From 1: the in-memory index stores key 0 in the slot of key 1 (a one-in-four-billion collision on real
            // fingerprints); the partitions, like the SQLite store, keep them apart.
            var fingerprints = Enumerable.Range(0, random.Next(12)).Select(_ => (uint)random.Next(1, 60)).Distinct().Order().ToArray();
            var minHash = Enumerable.Range(0, Options.MinHashSize).Select(_ => (uint)random.Next(2)).ToArray();
            return new ReuseSignature(fingerprints, random.Next(10) == 0 ? [] : minHash, 100);
        }).ToList();
    }
}
