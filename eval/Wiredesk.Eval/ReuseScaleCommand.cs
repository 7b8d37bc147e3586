using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Eval;

/// <summary>
/// <c>reuse-scale --articles N</c>: streams N generated articles through tokenize, sign, candidate search and add on one
/// thread, timing only those steps (generation is excluded), and checks at the end that planted copies are still found.
/// </summary>
internal static class ReuseScaleCommand
{
    private const int Tail = 10_000;

    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "Articles to stream", DefaultValueFactory = _ => 1_000_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated stream", DefaultValueFactory = _ => 20250101 };
        var align = new Option<int>("--align-sample") { Description = "Planted copies in the tail to align with their source", DefaultValueFactory = _ => 500 };
        var separate = new Option<bool>("--separate") { Description = "Search with FindCandidates and then Add (two lookups per key) instead of FindCandidatesAndAdd" };
        var presize = new Option<bool>("--presize") { Description = "Tell the index the stream's length up front, as a backfill can, so that its tables never grow" };
        var command = new Command("reuse-scale", "Throughput, memory and recall of the reuse index on a generated stream") { articles, seed, align, separate, presize };
        command.SetAction(parse => Run(parse.GetValue(articles), parse.GetValue(seed), parse.GetValue(align), parse.GetValue(separate), parse.GetValue(presize)));
        return command;
    }

    private static int Run(int count, int seed, int alignSample, bool separate, bool presize)
    {
        if (count <= 0)
        {
            Console.Error.WriteLine("reuse-scale: --articles must be positive");
            return 2;
        }

        var options = ReuseOptions.Default;
        var news = new SyntheticNews(seed);
        var index = new InMemoryReuseIndex(options, presize ? count : 0);
        var latencies = new float[count];
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var timed = new Stopwatch();
        var generation = Stopwatch.StartNew();
        var (tokenizeTicks, signTicks, findTicks, addTicks, words) = (0L, 0L, 0L, 0L, 0L);
        var planted = new List<(SyntheticArticle Copy, bool SourceIsCandidate)>();
        // Articles are generated a batch at a time outside the timed work, so that the CPU time of the process over a
        // batch's processing is the work's own: on a shared machine it is the fairer "per core" measure.
        var process = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        const int Batch = 5_000;
        var tail = new List<(SyntheticArticle Article, IReadOnlyList<ReuseCandidate> Candidates)>();
        for (var first = 0; first < count; first += Batch)
        {
            var batch = Enumerable.Range(first, Math.Min(Batch, count - first)).Select(news.Article).ToList();
            tail.Clear();
            var cpuBefore = process.TotalProcessorTime;
            foreach (var article in batch)
            {
                var n = article.Index;
                timed.Start();
                var t0 = Stopwatch.GetTimestamp();
                var tokens = ReuseTokenizer.Tokenize(article.Document);
                var t1 = Stopwatch.GetTimestamp();
                var signature = ReuseSigner.Sign(tokens, options);
                var t2 = Stopwatch.GetTimestamp();
                var candidates = separate ? index.FindCandidates(signature) : index.FindCandidatesAndAdd(article.Document.Id, signature);
                var t3 = Stopwatch.GetTimestamp();
                if (separate)
                {
                    index.Add(article.Document.Id, signature);
                }

                var t4 = Stopwatch.GetTimestamp();
                timed.Stop();
                (tokenizeTicks, signTicks, findTicks, addTicks) = (tokenizeTicks + t1 - t0, signTicks + t2 - t1, findTicks + t3 - t2, addTicks + t4 - t3);
                latencies[n] = (float)Stopwatch.GetElapsedTime(t2, t3).TotalMicroseconds;
                words += tokens.Length;
                if (n >= count - Tail && article.SourceIndex is not null)
                {
                    tail.Add((article, candidates));
                }
            }

            cpu += process.TotalProcessorTime - cpuBefore;
            foreach (var (article, candidates) in tail)
            {
                var sourceId = news.Article(article.SourceIndex!.Value).Document.Id;
                planted.Add((article, candidates.Any(c => c.DocumentKey == sourceId)));
            }

            if ((first + batch.Count) % 100_000 == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"reuse-scale: {first + batch.Count:N0} articles, {(first + batch.Count) / timed.Elapsed.TotalSeconds:N0}/s timed, {(first + batch.Count) / cpu.TotalSeconds:N0}/s per CPU second, {generation.Elapsed.TotalSeconds:N0} s wall, index {index.IndexBytes / (double)index.Count:N0} B/article"));
            }
        }

        generation.Stop();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var aligned = AlignSample(news, planted, alignSample, options);
        Array.Sort(latencies);
        var seconds = timed.Elapsed.TotalSeconds;
        var report = new
        {
            articles = count,
            seed,
            wordsPerArticle = Math.Round((double)words / count, 1),
            options,
            search = separate ? "FindCandidates, then Add" : "FindCandidatesAndAdd (add is part of findCandidates)",
            presized = presize,
            timedSeconds = Math.Round(seconds, 2),
            wallSecondsIncludingGeneration = Math.Round(generation.Elapsed.TotalSeconds, 2),
            articlesPerSecondPerCore = Math.Round(count / seconds, 0),
            signAndSearchArticlesPerSecond = Math.Round(count * (double)Stopwatch.Frequency / (signTicks + findTicks + addTicks), 0),
            throughputNote = "articlesPerSecondPerCore times tokenizing, signing and the index together; signAndSearchArticlesPerSecond times signing and candidate search (with adding) alone, on tokens already made",
            processCpuSeconds = Math.Round(cpu.TotalSeconds, 2),
            articlesPerProcessCpuSecond = Math.Round(count / cpu.TotalSeconds, 0),
            cpuNote = "CPU time of the whole process (GC threads included) while it tokenized, signed and indexed: unlike wall time, it does not grow when other jobs share the cores",
            microsecondsPerArticle = new
            {
                tokenize = PerArticle(tokenizeTicks, count),
                sign = PerArticle(signTicks, count),
                findCandidates = PerArticle(findTicks, count),
                add = PerArticle(addTicks, count),
            },
            findCandidatesMicroseconds = new { p50 = Percentile(latencies, 0.50), p90 = Percentile(latencies, 0.90), p99 = Percentile(latencies, 0.99), max = latencies[^1] },
            memory = new
            {
                indexBytesPerArticle = Math.Round(index.IndexBytes / (double)count, 1),
                gcHeapGrowthBytesPerArticle = Math.Round((heapAfter - heapBefore) / (double)count, 1),
                note = "the heap growth includes the index's list of document ids (strings); no text is stored",
            },
            plantedCopiesInLast10000 = new
            {
                copies = planted.Count,
                sourceAmongCandidates = planted.Count(p => p.SourceIsCandidate),
                candidateRecall = Math.Round(planted.Count(p => p.SourceIsCandidate) / (double)Math.Max(1, planted.Count), 4),
                byEdit = planted.GroupBy(p => p.Copy.Edit).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => new { copies = g.Count(), found = g.Count(p => p.SourceIsCandidate) }),
                aligned,
            },
        };
        Console.WriteLine(EvalJson.Serialize(report));
        return 0;
    }

    /// <summary>Aligns a sample of the planted copies with their sources: does the comparer find passages, and how much of the copy they cover.</summary>
    private static object AlignSample(SyntheticNews news, List<(SyntheticArticle Copy, bool SourceIsCandidate)> planted, int sample, ReuseOptions options)
    {
        var comparer = new ReuseComparer(options);
        var step = Math.Max(1, planted.Count / Math.Max(1, sample));
        var chosen = planted.Where((_, i) => i % step == 0).Take(sample).ToList();
        var found = 0;
        var containment = new List<double>();
        var watch = new Stopwatch();
        foreach (var (copy, _) in chosen)
        {
            var source = news.Article(copy.SourceIndex!.Value).Document;
            var (tc, ts) = (ReuseTokenizer.Tokenize(copy.Document), ReuseTokenizer.Tokenize(source));
            watch.Start();
            var relation = comparer.Compare(copy.Document, tc, source, ts);
            watch.Stop();
            if (relation is { Passages.Count: > 0 })
            {
                found++;
                containment.Add(relation.A == copy.Document.Id ? relation.ContainmentA : relation.ContainmentB);
            }
        }

        containment.Sort();
        return new
        {
            pairs = chosen.Count,
            passagesFound = found,
            recall = Math.Round(found / (double)Math.Max(1, chosen.Count), 4),
            copyContainmentMedian = containment.Count == 0 ? 0 : Math.Round(containment[containment.Count / 2], 4),
            microsecondsPerComparison = chosen.Count == 0 ? 0 : Math.Round(watch.Elapsed.TotalMicroseconds / chosen.Count, 1),
        };
    }

    private static double PerArticle(long ticks, int count) => Math.Round(ticks * 1_000_000.0 / Stopwatch.Frequency / count, 2);

    private static double Percentile(float[] sorted, double q) => Math.Round(sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))], 1);
}
