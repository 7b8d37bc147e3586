using System.CommandLine;
using System.Diagnostics;
using Wiredesk.Core.Analysis;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Storage;
using Wiredesk.Core.Stories;
using Wiredesk.Storage.Postgres;
using Wiredesk.Storage.Sqlite;

namespace Wiredesk.Eval;

/// <summary>
/// <c>eval store-scale --db X --articles N</c>: saves a generated news stream (a fifth of it copies of earlier articles)
/// into a new, empty store in batches, then runs every analysis stage over it, as <c>wiredesk ingest</c> and
/// <c>wiredesk analyze</c> would; prints articles per second for saving, for each stage and for the whole. Then a few
/// small follow-up batches are saved and analysed one at a time, the story clusterer in turn rebuilt from the stored
/// placements, read from the store's snapshot (as a new <c>wiredesk analyze</c> process), kept in memory from the
/// batch before (as a running server between posts), and read from a snapshot one batch older, then caught up.
/// <c>--db</c> is a SQLite file path or a PostgreSQL database (<c>postgres://…</c> or <c>Host=…</c>), as for the command line.
/// </summary>
internal static class StoreScaleCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "A new, empty store: a SQLite file path, or postgres://user@host:port/database or Host=…;Database=…", Required = true };
        var articles = new Option<int>("--articles") { Description = "Articles in the generated stream", DefaultValueFactory = _ => 10_000 };
        var batch = new Option<int>("--batch") { Description = "Articles per save (one transaction each)", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 7 };
        var followUps = new Option<int>("--follow-ups") { Description = "Batches of 10 more articles saved and analysed one at a time afterwards, as a server does on each post", DefaultValueFactory = _ => 4 };
        var command = new Command("store-scale", "Saving and analysing a generated stream in a SQLite or PostgreSQL store") { db, articles, batch, seed, followUps };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(db)!, parse.GetValue(articles), Math.Max(1, parse.GetValue(batch)), parse.GetValue(seed), Math.Max(0, parse.GetValue(followUps)), cancellationToken));
        return command;
    }

    private const int FollowUpSize = 10;

    private static async Task<int> RunAsync(string db, int count, int batchSize, int seed, int followUps, CancellationToken cancellationToken)
    {
        IArticleStore store = PostgresConnectionString.Names(db)
            ? await PostgresArticleStore.OpenAsync(db, cancellationToken).ConfigureAwait(false)
            : await SqliteArticleStore.OpenAsync(db, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            if (await store.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
                await Console.Error.WriteLineAsync($"{db} already holds articles; give store-scale a new, empty store.").ConfigureAwait(false);
                return 2;
            }

            var generated = new SyntheticNews(seed).Articles(count + (followUps * FollowUpSize)).Select(a => a.Document).ToList();
            var documents = generated.Take(count).ToList();
            var whole = Stopwatch.StartNew();
            foreach (var batch in documents.Chunk(batchSize))
            {
                await store.SaveAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            var saveSeconds = whole.Elapsed.TotalSeconds;
            var stages = new List<object>();
            await StoreAnalysis.AnalyzePendingAsync(store, async (description, items, work) =>
            {
                var watch = Stopwatch.StartNew();
                await work(null).ConfigureAwait(false);
                stages.Add(new { stage = description, seconds = Math.Round(watch.Elapsed.TotalSeconds, 2), articlesPerSecond = Math.Round(items / watch.Elapsed.TotalSeconds) });
                await Console.Error.WriteLineAsync($"{description}: {watch.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            whole.Stop();

            // Small batches saved and analysed one at a time, each kind in turn: after a rebuild (the saved snapshot spoiled),
            // from the saved snapshot (as a new `wiredesk analyze` process), with the clusterer kept in memory (as the
            // server between posts, which does not write a snapshot each time), and by a new process after that, which
            // finds the snapshot one batch older than the placements and catches it up (as after a server was killed).
            var warm = new WarmStories();
            var later = new List<object>();
            var kinds = new[] { "rebuilt", "snapshot", "kept", "caught up" };
            var followUpBatches = generated.Skip(count).Chunk(FollowUpSize).ToList();
            for (var i = 0; i < followUpBatches.Count; i++)
            {
                var kind = kinds[i % kinds.Length];
                var watch = Stopwatch.StartNew();
                await store.SaveAsync(followUpBatches[i], cancellationToken).ConfigureAwait(false);
                await new ReuseAnalyzer((IReuseStore)store, ReuseOptions.Default).AnalyzePendingAsync(null, cancellationToken).ConfigureAwait(false);
                if (kind == "rebuilt")
                {
                    await ((IStoryStore)store).SaveStorySnapshotAsync(new StorySnapshot(default, "spoiled", Array.Empty<byte>()), cancellationToken).ConfigureAwait(false);
                }

                // A fresh keeper misses and reads the snapshot, then keeps the clusterer for the next batch: the server's case.
                var keeper = kind switch { "rebuilt" or "caught up" => null, "snapshot" => warm = new WarmStories(), _ => warm };
                var analyzer = new StoryAnalyzer(store, (IStoryStore)store, (IReuseStore)store, StoryOptions.Default, keeper);
                await analyzer.AnalyzePendingAsync(null, cancellationToken).ConfigureAwait(false);

                later.Add(new { articles = followUpBatches[i].Length, wanted = kind, clusterer = analyzer.Origin.ToString(), seconds = Math.Round(watch.Elapsed.TotalSeconds, 3) });
            }

            var snapshot = await ((IStoryStore)store).StorySnapshotAsync(cancellationToken).ConfigureAwait(false);
            var snapshotBytes = snapshot?.Data.Length ?? 0;
            var (writeSeconds, readSeconds) = snapshot is null ? (0.0, 0.0) : TimeSnapshot(snapshot.Data.ToArray());

            var relations = 0;
            foreach (var document in documents)
            {
                relations += (await ((IReuseStore)store).RelationsOfAsync(document.Id, cancellationToken).ConfigureAwait(false)).Count;
            }

            Console.WriteLine(EvalJson.Serialize(new
            {
                store = store.GetType().Name,
                articles = count,
                batch = batchSize,
                saveSeconds = Math.Round(saveSeconds, 2),
                saveArticlesPerSecond = Math.Round(count / saveSeconds),
                stages,
                totalSeconds = Math.Round(whole.Elapsed.TotalSeconds, 2),
                totalArticlesPerSecond = Math.Round(count / whole.Elapsed.TotalSeconds),
                stored = await store.CountAsync(cancellationToken).ConfigureAwait(false),
                relations = relations / 2,
                stories = (await ((IStoryStore)store).StoriesAsync(cancellationToken).ConfigureAwait(false)).Count,
                followUps = later,
                followUpsNote = $"batches of {FollowUpSize} more articles saved and analysed one at a time after the stream; the story clusterer rebuilt from every stored placement, read from the store's snapshot, kept in memory from the batch before, or read from a snapshot one batch older and caught up",
                storySnapshotBytes = snapshotBytes,
                storySnapshotWriteSeconds = Math.Round(writeSeconds, 3),
                storySnapshotReadSeconds = Math.Round(readSeconds, 3),
            }));
            return 0;
        }
        }

    /// <summary>Seconds to read a clusterer from its snapshot and to write it again.</summary>
    private static (double Write, double Read) TimeSnapshot(byte[] data)
    {
        var watch = Stopwatch.StartNew();
        var clusterer = OnlineStoryClusterer.FromSnapshot(data, StoryOptions.Default);
        var read = watch.Elapsed.TotalSeconds;
        watch.Restart();
        _ = clusterer.ToSnapshot();
        return (watch.Elapsed.TotalSeconds, read);
    }
}
