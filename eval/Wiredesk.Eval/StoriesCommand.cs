using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;

namespace Wiredesk.Eval;

/// <summary>
/// <c>eval stories --data &lt;dir&gt;</c>: streams news-please records in publication order through the reuse index and
/// the story clusterer, and scores the stories against <c>newsCluster.EventId</c>: over all events, and separately over
/// the tuning half (even event ids, or odd ones with <c>--tuning-half odd</c>) and the held-out half (the others). Both
/// halves are clustered in one stream, so each half's articles meet the other's as unlabelled distractors; a half's
/// scores count only its own articles. <c>--fit</c> fits the join model and searches the clusterer's options on the
/// tuning half only and reports them on the held-out half; <c>--fit --tuning-half both</c> scores every setting on each
/// half with the model fitted on the other, keeps the best mean, and fits the model on every event (how the defaults
/// were chosen).
/// </summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder of news-please .json records with newsCluster labels", Required = true };
        var tune = new Option<bool>("--fit") { Description = "Fit the join model and choose its thresholds on the tuning half (even event ids); report on the held-out half" };
        var show = new Option<bool>("--show") { Description = "Print each predicted story with its members' gold events on stderr" };
        var trace = new Option<bool>("--trace") { Description = "Print, for each article as it is placed, its three leading candidates with their features (word, name, title cosines, their product, lookup share, topic cosine, on-subject), the model's probability and the time decay on stderr" };
        var join = new Option<double?>("--join") { Description = "Override StoryOptions.JoinProbability" };
        var gap = new Option<double?>("--grace") { Description = "Override StoryOptions.GapGraceDays" };
        var merge = new Option<double?>("--merge") { Description = "Override StoryOptions.MergeProbability" };
        var small = new Option<int?>("--small-story-members") { Description = "Override StoryOptions.SmallStoryMembers" };
        var subject = new Option<double?>("--subject-days") { Description = "Override StoryOptions.SubjectDays" };
        var share = new Option<double?>("--subject-share") { Description = "Override StoryOptions.SubjectShare" };
        var topic = new Option<double?>("--subject-topic") { Description = "Override StoryOptions.SubjectTopic" };
        var sure = new Option<double?>("--subject-probability") { Description = "Override StoryOptions.SubjectProbability (0: no probability condition)" };
        var shuffle = new Option<int?>("--shuffle-days") { Description = "Score the stream ten times, each with the articles of every window of this many days in another random order (arrival out of order), and print each run's scores" };
        var headline = new Option<bool?>("--subject-new-headline-names") { Description = "Override StoryOptions.SubjectRefusesNewHeadlineNames" };
        var repeats = new Option<bool?>("--subject-repeats") { Description = "Override StoryOptions.SubjectRefusesRepeats" };
        var half = new Option<string>("--tuning-half") { Description = "Which events form the tuning half: even or odd event ids (the other half is held out), all (nothing held out), or both (with --fit: each half held out in turn, the setting with the best mean kept, the model fitted on every event)", DefaultValueFactory = _ => "even" };
        half.AcceptOnlyFromAmong("even", "odd", "all", "both");
        var apart = new Option<FileInfo?>("--apart") { Description = "A tab-separated file of article id, happening and reason: articles a reader judges to report another happening than the rest of their labelled event. Adds the ceiling of a perfect clusterer that keeps those happenings apart (ceilingWithHappeningsApart)" };
        var command = new Command("stories", "Story clustering scores (pairwise, BCubed, ARI) on news-please records labelled with events") { data, tune, show, trace, join, gap, merge, subject, share, topic, sure, headline, repeats, shuffle, half, apart, small };
        command.SetAction(parse =>
        {
            var options = StoryOptions.Default;
            options = parse.GetValue(join) is { } j ? options with { JoinProbability = j } : options;
            options = parse.GetValue(gap) is { } g ? options with { GapGraceDays = g } : options;
            options = parse.GetValue(merge) is { } m ? options with { MergeProbability = m } : options;
            options = parse.GetValue(small) is { } few ? options with { SmallStoryMembers = few } : options;
            options = parse.GetValue(subject) is { } h ? options with { SubjectDays = h } : options;
            options = parse.GetValue(share) is { } o ? options with { SubjectShare = o } : options;
            options = parse.GetValue(topic) is { } t ? options with { SubjectTopic = t } : options;
            options = parse.GetValue(sure) is { } p ? options with { SubjectProbability = p } : options;
            options = parse.GetValue(headline) is { } refuses ? options with { SubjectRefusesNewHeadlineNames = refuses } : options;
            options = parse.GetValue(repeats) is { } refusesRepeats ? options with { SubjectRefusesRepeats = refusesRepeats } : options;
            var levels = parse.GetValue(join) is { } level ? [level] : JoinLevels;
            if (parse.GetValue(shuffle) is { } days)
            {
                return RunShuffled(parse.GetValue(data)!, options, days, parse.GetValue(show), parse.GetValue(trace));
            }

            return Run(parse.GetValue(data)!, options, parse.GetValue(tune), parse.GetValue(show), parse.GetValue(trace), parse.GetValue(half) switch { "odd" => 1, "all" => -1, "both" => -2, _ => 0 }, levels, parse.GetValue(apart));
        });
        return command;
    }

    private static int RunShuffled(DirectoryInfo data, StoryOptions options, int days, bool show, bool trace)
    {
        if (!data.Exists || !data.EnumerateFiles("*.json").Any())
        {
            Console.Error.WriteLine($"stories: no news-please .json files in '{data.FullName}'");
            return 2;
        }

        var gold = EventLabels(data.FullName);
        var documents = NewsPleaseFolder.InPublicationOrder(NewsPleaseFolder.Read(data.FullName, Console.Error)).Where(d => gold.ContainsKey(d.Id)).ToList();
        var stream = Stream.Prepare(documents);
        var (ordered, inOrder) = stream.Score(options, gold);
        var runs = Enumerable.Range(1, 10).Select(seed =>
        {
            if (trace)
            {
                Console.Error.WriteLine($"run {seed}:");
            }

            var (scores, clusterer) = stream.Shuffled(days, seed).Score(options, gold, trace);
            if (show)
            {
                PrintOrderChanges(seed, stream.Documents, gold, inOrder, clusterer);
            }

            return scores;
        }).ToList();
        Console.WriteLine(EvalJson.Serialize(new
        {
            shuffleDays = days,
            options.MergeProbability,
            inOrder = new { ordered.PairF1, ordered.BCubedF1 },
            pairF1 = runs.Select(r => r.PairF1),
            bCubedF1 = runs.Select(r => r.BCubedF1),
            meanPairF1 = Math.Round(runs.Average(r => r.PairF1), 4),
            meanBCubedF1 = Math.Round(runs.Average(r => r.BCubedF1), 4),
            note = "each run places the articles of every window of shuffleDays days (from the first article) in another random order",
        }));
        return 0;
    }

    /// <summary>For one shuffled run: the articles whose story holds other articles of their event than in publication order.</summary>
    private static void PrintOrderChanges(int seed, List<Document> documents, Dictionary<string, string> gold, OnlineStoryClusterer inOrder, OnlineStoryClusterer shuffled)
    {
        HashSet<string> Mates(OnlineStoryClusterer clusterer, Document document) =>
            documents.Where(d => d.Id != document.Id && clusterer.StoryOf(d.Id) == clusterer.StoryOf(document.Id)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var (before, after) = (Mates(inOrder, document), Mates(shuffled, document));
            if (before.SetEquals(after))
            {
                continue;
            }

            var lostSame = before.Except(after).Count(id => gold[id] == gold[document.Id]);
            var gainedOther = after.Except(before).Count(id => gold[id] != gold[document.Id]);
            var gainedSame = after.Except(before).Count(id => gold[id] == gold[document.Id]);
            Console.Error.WriteLine($"run {seed}: {gold[document.Id],3} {document.Published:yyyy-MM-dd} {document.Title}: lost {lostSame} of its event, gained {gainedSame} of its event and {gainedOther} of others");
        }
    }

    private static int Run(DirectoryInfo data, StoryOptions options, bool tune, bool show, bool trace, int tuningParity, double[] joinLevels, FileInfo? apartFile)
    {
        if (!data.Exists || !data.EnumerateFiles("*.json").Any())
        {
            Console.Error.WriteLine($"stories: no news-please .json files in '{data.FullName}' (the benchmark data is not in the repository; see ../shared/bench/README.md)");
            return 2;
        }

        Dictionary<string, string>? happenings = null;
        if (apartFile is not null)
        {
            try
            {
                happenings = HappeningsApart.Read(apartFile);
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                Console.Error.WriteLine($"stories: {e.Message}");
                return 2;
            }
        }

        var documents = NewsPleaseFolder.InPublicationOrder(NewsPleaseFolder.Read(data.FullName, Console.Error));
        var gold = EventLabels(data.FullName);
        if (happenings is not null && HappeningsApart.Unknown(happenings, gold) is { } problem)
        {
            Console.Error.WriteLine($"stories: '{apartFile!.FullName}': {problem}");
            return 2;
        }

        var unlabelled = documents.Count(d => !gold.ContainsKey(d.Id));
        documents = documents.Where(d => gold.ContainsKey(d.Id)).ToList();
        var all = Stream.Prepare(documents);
        if (tune && tuningParity == -2)
        {
            var choice = FitAcrossFolds(all, gold, options, joinLevels);
            Console.WriteLine(EvalJson.Serialize(new
            {
                choice.Chosen,
                choice.Examples,
                choice.Tried,
                choice.EvenHeldOut,
                choice.OddHeldOut,
                choice.EvenChosenOnOdd,
                choice.OddChosenOnEven,
                all = all.Score(choice.Chosen, gold).Scores,
                note = "evenHeldOut / oddHeldOut: the chosen thresholds with the model fitted on the other half (thresholds chosen on both halves); evenChosenOnOdd / oddChosenOnEven: the half scored at the thresholds the other half alone prefers, with the other half's model (the half chose nothing)",
            }));
            return 0;
        }

        var tuningGold = gold.Where(g => tuningParity < 0 || int.Parse(g.Value, CultureInfo.InvariantCulture) % 2 == tuningParity).ToDictionary(StringComparer.Ordinal);
        var heldOutGold = gold.Where(g => tuningParity >= 0 && int.Parse(g.Value, CultureInfo.InvariantCulture) % 2 != tuningParity).ToDictionary(StringComparer.Ordinal);

        object? search = null;
        if (tune)
        {
            var (best, examples, tried) = Fit(all, tuningGold, options);
            search = new { examples, tried, chosen = best, features = StoryModel.FeatureNames, note = "model fitted on the tuning half's stream in gold order; thresholds chosen on the tuning half only (mean of pairwise and BCubed F1)" };
            options = best;
        }

        var watch = Stopwatch.StartNew();
        var (allScores, clusterer) = all.Score(options, gold, trace);
        watch.Stop();
        var report = new
        {
            data = data.FullName,
            articles = documents.Count,
            unlabelled,
            tuningEvents = tuningParity switch { 0 => "even event ids", 1 => "odd event ids", _ => "all events (nothing held out)" },
            events = documents.Select(d => gold[d.Id]).Distinct().Count(),
            options,
            all = allScores,
            tuningHalf = all.Score(options, tuningGold).Scores,
            heldOutHalf = heldOutGold.Count == 0 ? null : all.Score(options, heldOutGold).Scores,
            search,
            pairsByGap = new
            {
                all = PairsByGap(documents, gold, clusterer),
                heldOutHalf = heldOutGold.Count == 0 ? null : PairsByGap(documents.Where(d => heldOutGold.ContainsKey(d.Id)).ToList(), gold, clusterer),
            },
            pairsByGapNote = "article pairs by the days between their publication dates: same event in the labels, and how many of those the stories miss; different events, and how many of those the stories join",
            ceilingUnderTimeGaps = CeilingGaps.Select(days =>
            {
                var split = GoldSplitAtGaps(documents, gold, days);
                return new
                {
                    days,
                    scores = ClusterScores.Of(gold, split),
                    oddEvents = ClusterScores.Of(gold, split, Half(gold, 1).Keys.ToHashSet(StringComparer.Ordinal)),
                    evenEvents = ClusterScores.Of(gold, split, Half(gold, 0).Keys.ToHashSet(StringComparer.Ordinal)),
                };
            }),
            ceilingNote = "a perfect clusterer that splits a labelled event wherever two of its articles in publication order lie more than `days` apart, scored against the labels: the best any clusterer can reach while it starts a new story after such a gap",
            ceilingWithHappeningsApart = happenings is null ? null : HappeningsApart.Ceilings(happenings, gold, days => GoldSplitAtGaps(documents, HappeningsApart.Refine(gold, happenings), days), id => Half(gold, 1).ContainsKey(id)),
            clusteringArticlesPerSecond = Math.Round(documents.Count / watch.Elapsed.TotalSeconds, 1),
        };
        Console.WriteLine(EvalJson.Serialize(report));
        if (show)
        {
            foreach (var story in clusterer.Stories())
            {
                Console.Error.WriteLine($"{story.Id} [{string.Join(' ', story.Documents.Select(d => gold[d]))}] {story.Title}");
                foreach (var id in story.Documents)
                {
                    var document = all.Documents.First(d => d.Id == id);
                    Console.Error.WriteLine($"    {gold[id],3} {document.Published:yyyy-MM-dd} {ArticleProfiler.SourceOf(document)}: {document.Title}");
                }
            }
        }

        return 0;
    }

    private static readonly int[] CeilingGaps = [30, 90, 180, 365];

    private static readonly int[] PairGaps = [3, 30, 365, int.MaxValue];

    /// <summary>Every pair of articles, counted by the gap between them: true pairs and those missed, false pairs and those made.</summary>
    private static List<object> PairsByGap(List<Document> documents, Dictionary<string, string> gold, OnlineStoryClusterer clusterer)
    {
        var predicted = documents.ToDictionary(d => d.Id, d => clusterer.StoryOf(d.Id)!, StringComparer.Ordinal);
        var counts = new int[PairGaps.Length, 4];
        for (var i = 0; i < documents.Count; i++)
        {
            for (var j = i + 1; j < documents.Count; j++)
            {
                var (a, b) = (documents[i], documents[j]);
                var days = a.Published is { } x && b.Published is { } y ? Math.Abs(x.DayNumber - y.DayNumber) : 0;
                var bucket = Array.FindIndex(PairGaps, g => days <= g);
                var same = gold[a.Id] == gold[b.Id];
                var joined = predicted[a.Id] == predicted[b.Id];
                counts[bucket, same ? 0 : 2]++;
                if (same != joined)
                {
                    counts[bucket, same ? 1 : 3]++;
                }
            }
        }

        return PairGaps.Select((gap, k) => (object)new
        {
            days = gap == int.MaxValue ? $"> {PairGaps[k - 1]}" : k == 0 ? $"0-{gap}" : $"{PairGaps[k - 1] + 1}-{gap}",
            sameEvent = counts[k, 0],
            missed = counts[k, 1],
            otherEvents = counts[k, 2],
            joined = counts[k, 3],
        }).ToList();
    }

    /// <summary>The gold events cut into parts wherever consecutive articles (in publication order) are more than <paramref name="days"/> apart.</summary>
    private static Dictionary<string, string> GoldSplitAtGaps(List<Document> documents, Dictionary<string, string> gold, int days)
    {
        var split = new Dictionary<string, string>(StringComparer.Ordinal);
        var last = new Dictionary<string, (DateOnly? Published, int Part)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var label = gold[document.Id];
            var part = 0;
            if (last.TryGetValue(label, out var previous))
            {
                part = previous.Published is { } before && document.Published is { } now && now.DayNumber - before.DayNumber > days ? previous.Part + 1 : previous.Part;
            }

            last[label] = (document.Published ?? previous.Published, part);
            split[document.Id] = string.Create(CultureInfo.InvariantCulture, $"{label}/{part}");
        }

        return split;
    }

    private static (StoryOptions Best, int Examples, int Tried) Fit(Stream all, Dictionary<string, string> tuningGold, StoryOptions options)
    {
        var (fitted, examples) = FitModel(all, tuningGold, options);
        var rows = Settings(fitted).Select(setting => (Setting: setting, Value: Mean(all.Score(setting, tuningGold).Scores))).ToList();
        return (Best(rows, r => r.Value).Setting, examples, rows.Count);
    }

    /// <summary>
    /// Cross-validated choice: the join model is fitted on each half of the events, and every setting of the thresholds is
    /// scored on the half its model was not fitted on; the setting with the best mean of the two held-out scores is kept,
    /// with the model fitted on every event. Also returns, for each half, its score at the setting the other half alone
    /// would choose (that half's events then chose neither the model nor the thresholds).
    /// </summary>
    private static FoldChoice FitAcrossFolds(Stream all, Dictionary<string, string> gold, StoryOptions options, double[] joinLevels)
    {
        var even = Half(gold, 0);
        var odd = Half(gold, 1);
        var (onEven, _) = FitModel(all, even, options);
        var (onOdd, _) = FitModel(all, odd, options);
        var (onAll, examples) = FitModel(all, gold, options);
        var rows = Settings(onEven, joinLevels).Zip(Settings(onOdd, joinLevels), Settings(onAll, joinLevels))
            .Select(s => (Setting: s.Third, OddHeldOut: all.Score(s.First, odd).Scores, EvenHeldOut: all.Score(s.Second, even).Scores))
            .ToList();
        var chosen = Best(rows, r => (Mean(r.OddHeldOut) + Mean(r.EvenHeldOut)) / 2);
        var byEven = Best(rows, r => Mean(r.EvenHeldOut));
        var byOdd = Best(rows, r => Mean(r.OddHeldOut));
        return new FoldChoice(chosen.Setting, examples, rows.Count, chosen.EvenHeldOut, chosen.OddHeldOut, byOdd.EvenHeldOut, byEven.OddHeldOut);
    }

    /// <summary>The row with the highest value; of equal values the first wins, and the settings come strictest first.</summary>
    private static T Best<T>(List<T> rows, Func<T, double> value)
    {
        var best = rows[0];
        var bestValue = value(best);
        foreach (var row in rows)
        {
            var rowValue = value(row);
            if (rowValue > bestValue + 1e-9)
            {
                (best, bestValue) = (row, rowValue);
            }
        }

        return best;
    }

    /// <summary>What <see cref="FitAcrossFolds"/> chose and how it scored: the held-out halves at the chosen setting, and
    /// each half at the setting chosen on the other half alone.</summary>
    private sealed record FoldChoice(
        StoryOptions Chosen, int Examples, int Tried, ClusterScores EvenHeldOut, ClusterScores OddHeldOut,
        ClusterScores EvenChosenOnOdd, ClusterScores OddChosenOnEven);

    private static Dictionary<string, string> Half(Dictionary<string, string> gold, int parity) =>
        gold.Where(g => int.Parse(g.Value, CultureInfo.InvariantCulture) % 2 == parity).ToDictionary(StringComparer.Ordinal);

    private static double Mean(ClusterScores scores) => (scores.PairF1 + scores.BCubedF1) / 2;

    private static (StoryOptions Fitted, int Examples) FitModel(Stream all, Dictionary<string, string> tuningGold, StoryOptions options)
    {
        var oracle = new OnlineStoryClusterer(options);
        var examples = new List<(double[] Features, bool Same)>();
        foreach (var profile in all.Profiles.Where(p => tuningGold.ContainsKey(p.Id)))
        {
            examples.AddRange(oracle.Examples(profile, "gold-" + tuningGold[profile.Id]));
        }

        return (options with { Model = StoryModel.Fit(examples) }, examples.Count);
    }

    /// <summary>The threshold settings searched, strictest first, so that a tie goes to the values that group less: a
    /// higher join level, a shorter half-life, the subject rule off.</summary>
    private static IEnumerable<StoryOptions> Settings(StoryOptions fitted, double[]? joinLevels = null) =>
        // The merge level is not searched (StoryOptions.MergeProbability says why).
        from level in joinLevels ?? JoinLevels
        from halfLife in (double[])[14, 30, 60, 120]
        from subject in (double[])[0, 365, 730]
        from share in (double[])[1.0, 0.75, 0.5]
        from topic in (double[])[0.3, 0.2, 0.1, 0.0]
        from sure in SureLevels
        where subject > 0 || (share == 1.0 && topic == 0.3 && sure == 0)
        select fitted with { JoinProbability = level, HalfLifeDays = halfLife, SubjectDays = subject, SubjectShare = share, SubjectTopic = topic, SubjectProbability = sure };

    /// <summary>The join levels searched, strictest first; <c>--join</c> with <c>--tuning-half both</c> searches only its own.</summary>
    private static readonly double[] JoinLevels = [0.7, 0.6, 0.5, 0.4, 0.3];

    private static readonly double[] SureLevels = [0.995, 0.99, 0];

    internal static Dictionary<string, string> EventLabels(string folder)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            if (json.RootElement.TryGetProperty("newsCluster", out var cluster) && cluster.TryGetProperty("EventId", out var id))
            {
                labels[Path.GetFileNameWithoutExtension(path)] = id.ToString();
            }
        }

        return labels;
    }

    /// <summary>Documents in stream order with their profiles and the copy each one makes of an earlier one.</summary>
    private sealed record Stream(List<Document> Documents, List<ArticleProfile> Profiles, List<ReuseRelation>[] Relations)
    {
        public static Stream Prepare(List<Document> documents)
        {
            var relations = ReuseStream.Run(documents, ReuseOptions.Default).Relations.Values.ToList();
            var byDocument = documents.Select(d => relations.Where(r => r.A == d.Id || r.B == d.Id).ToList()).ToArray();
            return new Stream(documents, documents.Select(d => ArticleProfiler.Profile(d)).ToList(), byDocument);
        }

        /// <summary>The same stream with the articles of each window of <paramref name="days"/> days (counted from the
        /// first article) in a random order: what arriving out of order within a time window does.</summary>
        public Stream Shuffled(int days, int seed)
        {
            var random = new Random(seed);
            var first = Profiles.Where(p => p.Published is not null).Min(p => p.Published!.Value);
            var order = Enumerable.Range(0, Profiles.Count)
                .Select(i => (Index: i, Window: Profiles[i].Published is { } at ? (int)Math.Floor((at - first).TotalDays / days) : -1, Key: random.Next()))
                .OrderBy(x => x.Window).ThenBy(x => x.Key)
                .Select(x => x.Index)
                .ToList();
            return new Stream([.. order.Select(i => Documents[i])], [.. order.Select(i => Profiles[i])], [.. order.Select(i => Relations[i])]);
        }

        public (ClusterScores Scores, OnlineStoryClusterer Clusterer) Score(StoryOptions options, Dictionary<string, string> gold, bool trace = false)
        {
            var clusterer = new OnlineStoryClusterer(options);
            if (trace)
            {
                clusterer.TraceCandidates = (article, candidates) =>
                {
                    Console.Error.WriteLine($"{gold.GetValueOrDefault(article.Id, "?"),3} {article.Published:yyyy-MM-dd} {article.Title}");
                    foreach (var (story, features, probability, decay) in candidates)
                    {
                        var members = clusterer.Stories().FirstOrDefault(s => s.Id == story)?.Documents ?? [];
                        Console.Error.WriteLine($"      {story} [{string.Join(' ', members.Select(m => gold.GetValueOrDefault(m, "?")).Distinct())}] p={probability:0.000} decay={decay:0.000} f={string.Join(' ', features.Select(f => f.ToString("0.00", CultureInfo.InvariantCulture)))}");
                    }
                };
            }

            for (var i = 0; i < Profiles.Count; i++)
            {
                var copy = CopySource.Find(Profiles[i].Id, Relations[i], id => clusterer.StoryOf(id) is not null, options.CopyContainment);
                clusterer.Add(Profiles[i], copy);
            }

            var predicted = Documents.ToDictionary(d => d.Id, d => clusterer.StoryOf(d.Id)!, StringComparer.Ordinal);
            return (ClusterScores.Of(gold, predicted, gold.Keys.ToHashSet(StringComparer.Ordinal)), clusterer);
        }
    }
}
