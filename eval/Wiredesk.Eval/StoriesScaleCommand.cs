using System.CommandLine;
using System.Diagnostics;
using Wiredesk.Core.Stories;

namespace Wiredesk.Eval;

/// <summary>
/// <c>eval stories-scale --articles N</c>: streams a generated event stream through the story clusterer on one thread and
/// prints articles per second for each slice of the stream (it should stay flat as stories accumulate), the whole run,
/// and BCubed precision/recall against the generated events.
/// </summary>
internal static class StoriesScaleCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "Articles in the generated stream", DefaultValueFactory = _ => 100_000 };
        var slices = new Option<int>("--slices") { Description = "Report throughput for this many equal slices", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 7 };
        var merge = new Option<double?>("--merge") { Description = "Override StoryOptions.MergeProbability" };
        var small = new Option<int?>("--small-story-members") { Description = "Override StoryOptions.SmallStoryMembers" };
        var subject = new Option<double?>("--subject-days") { Description = "Override StoryOptions.SubjectDays (0 turns the subject rule off)" };
        var command = new Command("stories-scale", "Story clustering throughput and quality on a generated stream of events") { articles, slices, seed, merge, subject, small };
        command.SetAction(parse =>
        {
            var options = StoryOptions.Default;
            options = parse.GetValue(merge) is { } m ? options with { MergeProbability = m } : options;
            options = parse.GetValue(small) is { } few ? options with { SmallStoryMembers = few } : options;
            options = parse.GetValue(subject) is { } d ? options with { SubjectDays = d } : options;
            return Run(parse.GetValue(articles), Math.Max(1, parse.GetValue(slices)), parse.GetValue(seed), options);
        });
        return command;
    }

    private static int Run(int count, int slices, int seed, StoryOptions options)
    {
        var generator = new SyntheticStories(seed);
        var clusterer = new OnlineStoryClusterer(options);
        var gold = new int[count];
        var profileTime = TimeSpan.Zero;
        var clusterTime = TimeSpan.Zero;
        var sliceSize = Math.Max(1, count / slices);
        var perSlice = new List<object>();
        var sliceWatch = new Stopwatch();
        var sliceCluster = TimeSpan.Zero;
        var whole = Stopwatch.StartNew();
        // Articles are generated and profiled a batch at a time, then clustered; the CPU time of the process over the
        // clustering of a batch is the clustering's own, a fairer "per core" measure than wall time on a shared machine.
        var process = Process.GetCurrentProcess();
        var clusterCpu = TimeSpan.Zero;
        var clusterPause = TimeSpan.Zero;
        long clusterAllocated = 0;
        const int Batch = 2_000;
        var batch = new List<(ArticleProfile Profile, int Index)>(Batch);
        using var articles = generator.Articles(count).GetEnumerator();
        var done = false;
        while (!done)
        {
            batch.Clear();
            while (batch.Count < Batch && !(done = !articles.MoveNext()))
            {
                var (document, eventId) = articles.Current;
                var index = int.Parse(document.Id.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture);
                gold[index] = eventId;
                var watch = Stopwatch.StartNew();
                batch.Add((ArticleProfiler.Profile(document), index));
                profileTime += watch.Elapsed;
            }

            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var pauseBefore = GC.GetTotalPauseDuration();
            foreach (var (profile, index) in batch)
            {
                var watch = Stopwatch.StartNew();
                clusterer.Add(profile, null);
                var spent = watch.Elapsed;
                clusterTime += spent;
                sliceCluster += spent;
                if ((index + 1) % sliceSize == 0)
                {
                    perSlice.Add(new { upTo = index + 1, stories = clusterer.StoryCount, clusterArticlesPerSecond = Math.Round(sliceSize / sliceCluster.TotalSeconds) });
                    sliceCluster = TimeSpan.Zero;
                    Console.Error.WriteLine($"{index + 1} articles, {clusterer.StoryCount} stories");
                }
            }

            clusterCpu += process.TotalProcessorTime - cpuBefore;
            clusterAllocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            clusterPause += GC.GetTotalPauseDuration() - pauseBefore;
        }

        whole.Stop();
        var predicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var (precision, recall) = BCubed(gold, i => clusterer.StoryOf("story" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))!);

        // What saving the clusterer after this stream would cost (the snapshot an analysis writes to the store).
        var snapshotWatch = Stopwatch.StartNew();
        var snapshotBytes = clusterer.ToSnapshot().Length;
        var snapshotSeconds = snapshotWatch.Elapsed.TotalSeconds;
        Console.WriteLine(EvalJson.Serialize(new
        {
            articles = count,
            events = gold.Distinct().Count(),
            stories = clusterer.StoryCount,
            clusterArticlesPerSecond = Math.Round(count / clusterTime.TotalSeconds),
            clusterProcessCpuSeconds = Math.Round(clusterCpu.TotalSeconds, 2),
            clusterArticlesPerProcessCpuSecond = Math.Round(count / clusterCpu.TotalSeconds),
            profileAndClusterArticlesPerSecond = Math.Round(count / (clusterTime + profileTime).TotalSeconds),
            wholeRunSeconds = Math.Round(whole.Elapsed.TotalSeconds, 1),
            managedMemoryMegabytes = GC.GetTotalMemory(false) / (1 << 20),
            gcPauseSeconds = Math.Round(GC.GetTotalPauseDuration().TotalSeconds, 2),
            clusterGcPauseSeconds = Math.Round(clusterPause.TotalSeconds, 2),
            clusterAllocatedBytesPerArticle = clusterAllocated / Math.Max(1, count),
            gcCollections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) },
            bCubedPrecision = Math.Round(precision, 4),
            bCubedRecall = Math.Round(recall, 4),
            storySnapshotMegabytes = Math.Round(snapshotBytes / (double)(1 << 20), 1),
            storySnapshotWriteSeconds = Math.Round(snapshotSeconds, 2),
            perSlice,
            note = "one thread; clusterArticlesPerSecond = weigh + candidates + score + place; profiling is tokenizing the generated text",
        }));
        return 0;
    }

    private static (double Precision, double Recall) BCubed(int[] gold, Func<int, string> predicted)
    {
        var pairs = new Dictionary<(string Story, int Event), int>();
        var stories = new Dictionary<string, int>(StringComparer.Ordinal);
        var events = new Dictionary<int, int>();
        for (var i = 0; i < gold.Length; i++)
        {
            var story = predicted(i);
            pairs[(story, gold[i])] = pairs.GetValueOrDefault((story, gold[i])) + 1;
            stories[story] = stories.GetValueOrDefault(story) + 1;
            events[gold[i]] = events.GetValueOrDefault(gold[i]) + 1;
        }

        double precision = 0, recall = 0;
        foreach (var ((story, eventId), shared) in pairs)
        {
            precision += shared * (double)shared / stories[story];
            recall += shared * (double)shared / events[eventId];
        }

        return (precision / gold.Length, recall / gold.Length);
    }
}
