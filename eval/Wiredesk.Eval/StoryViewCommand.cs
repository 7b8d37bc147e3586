using System.CommandLine;
using System.Diagnostics;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;
using Wiredesk.Core.Stories;
using Wiredesk.Core.Time;

namespace Wiredesk.Eval;

/// <summary>
/// <c>eval story-view --data &lt;news-please folder&gt;</c>: builds the story view (entities, time expressions, events,
/// timeline, disagreements, summary) of each labelled event of a news-please folder, as if each were one story, and
/// prints what was found and how long each stage took; <c>--show N</c> prints N events and every disagreement to
/// standard error for reading.
/// </summary>
internal static class StoryViewCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "A folder of news-please records with newsCluster.EventId labels", Required = true };
        var show = new Option<int>("--show") { Description = "print this many events (a spread over the stories) and every disagreement to stderr", DefaultValueFactory = _ => 0 };
        var command = new Command("story-view", "Events, timeline, disagreements and summary of each labelled event, with timings") { data, show };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(show)));
        return command;
    }

    private static int Run(DirectoryInfo folder, int show)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"{folder.FullName}: error: no such folder");
            return 2;
        }

        var documents = NewsPleaseFolder.Read(folder.FullName, Console.Error);
        var labels = StoriesCommand.EventLabels(folder.FullName);
        var resolver = new EntityResolver(NamedEntities.CreateRecognizer());
        var tagger = new TemporalTagger();
        var extractor = new EventExtractor();
        var (entityTicks, viewTicks) = (0L, 0L);
        var (events, typed, timeline, disagreements, summary, cited) = (0, new Dictionary<string, int>(StringComparer.Ordinal), 0, 0, 0, 0);
        var examples = new List<(string Story, StoryEvent Event)>();
        var stories = documents.GroupBy(d => labels.GetValueOrDefault(d.Id, "?")).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        // One story first, untimed, so that compiling the code is not counted.
        var warm = NewsPleaseFolder.InPublicationOrder(stories[0]);
        StoryView.Build(warm, resolver.Resolve(warm), _ => null, new HashSet<string>(StringComparer.Ordinal), tagger, extractor);
        foreach (var story in stories)
        {
            var members = NewsPleaseFolder.InPublicationOrder(story);
            var started = Stopwatch.GetTimestamp();
            var entities = resolver.Resolve(members);
            var resolved = Stopwatch.GetTimestamp();
            var view = StoryView.Build(members, entities, id => members.First(d => d.Id == id).Source, new HashSet<string>(StringComparer.Ordinal), tagger, extractor);
            viewTicks += Stopwatch.GetTimestamp() - resolved;
            entityTicks += resolved - started;
            events += view.Events.Count;
            foreach (var e in view.Events)
            {
                typed[EventTypes.Label(e.Type)] = typed.GetValueOrDefault(EventTypes.Label(e.Type)) + 1;
            }

            timeline += view.Timeline.Count;
            disagreements += view.Disagreements.Count;
            summary += view.Summary.Count;
            cited += view.Summary.Count(s => s.Documents.Contains(s.Document));
            examples.AddRange(view.Events.Take(3).Select(e => (story.Key, e)));
            if (show > 0)
            {
                foreach (var s in view.Summary)
                {
                    Console.Error.WriteLine($"SUMMARY [{story.Key}] {s.Text}");
                    foreach (var other in s.Documents.Where(d => d != s.Document))
                    {
                        Console.Error.WriteLine($"    cites {other}: {Clip(ClosestSentence(members.First(d => d.Id == other), s.Text))}");
                    }
                }

                foreach (var d in view.Disagreements)
                {
                    Console.Error.WriteLine($"DISAGREEMENT [{story.Key}] {d.What}: {string.Join(" | ", d.Sides.Select(s => $"{s.Claim} ({s.Documents.Count}): {Clip(s.Mentions[0].Text)}"))}");
                }
            }
        }

        // Stage by stage, a second time, for where the time goes.
        var stageTicks = new long[5];
        foreach (var story in stories)
        {
            var members = NewsPleaseFolder.InPublicationOrder(story);
            var index = new EntityMentionIndex(resolver.Resolve(members));
            var t0 = Stopwatch.GetTimestamp();
            var times = members.ToDictionary(d => d.Id, d => DocumentTimes.Tag(tagger, d), StringComparer.Ordinal);
            var t1 = Stopwatch.GetTimestamp();
            var found = StoryEvents.Merge(members.SelectMany(d => extractor.Extract(d, index, times[d.Id])).ToList(), _ => null, new HashSet<string>());
            var t2 = Stopwatch.GetTimestamp();
            StoryTimeline.Build(members, times, found, _ => null, new HashSet<string>());
            var t3 = Stopwatch.GetTimestamp();
            StoryDisagreements.Find(members, index, found);
            var t4 = Stopwatch.GetTimestamp();
            StorySummary.Build(members, _ => null, new HashSet<string>());
            var t5 = Stopwatch.GetTimestamp();
            stageTicks[0] += t1 - t0;
            stageTicks[1] += t2 - t1;
            stageTicks[2] += t3 - t2;
            stageTicks[3] += t4 - t3;
            stageTicks[4] += t5 - t4;
        }

        Console.Error.WriteLine($"stages (ms per article): times {Ms(stageTicks[0])}, events {Ms(stageTicks[1])}, timeline {Ms(stageTicks[2])}, disagreements {Ms(stageTicks[3])}, summary {Ms(stageTicks[4])}");
        double Ms(long ticks) => Math.Round(ticks * 1000.0 / Stopwatch.Frequency / documents.Count, 3);

        foreach (var (story, e) in examples.Take(show))
        {
            var sentence = e.Reports[0];
            var text = documents.First(d => d.Id == sentence.Document).Text.Substring(sentence.Sentence.Start, sentence.Sentence.Length);
            Console.Error.WriteLine($"EVENT [{story}] {EventTypes.Label(e.Type)}: {e.Actor?.Name} -> {e.Target?.Name} @{e.Place?.Name} {e.Time} | {Clip(text)}");
        }

        var seconds = (entityTicks + viewTicks) / (double)Stopwatch.Frequency;
        Console.WriteLine(EvalJson.Serialize(new
        {
            data = folder.FullName,
            articles = documents.Count,
            stories = stories.Count,
            events,
            eventsByType = typed.OrderByDescending(t => t.Value).ToDictionary(t => t.Key, t => t.Value),
            timelineEntries = timeline,
            disagreements,
            summarySentences = summary,
            summarySentencesCitingTheirSource = cited,
            seconds = new
            {
                entities = Math.Round(entityTicks / (double)Stopwatch.Frequency, 2),
                timeEventsTimelineDisagreementsSummary = Math.Round(viewTicks / (double)Stopwatch.Frequency, 2),
            },
            articlesPerSecond = new
            {
                storyViewGivenEntities = Math.Round(documents.Count / (viewTicks / (double)Stopwatch.Frequency), 0),
                withEntities = Math.Round(documents.Count / seconds, 0),
            },
        }));
        return 0;
    }

    /// <summary>The sentence of <paramref name="document"/> sharing the most words with <paramref name="text"/>: what a citation rests on.</summary>
    private static string ClosestSentence(Wiredesk.Core.Documents.Document document, string text)
    {
        var words = Words(text);
        return StorySentences.Of(document)
            .Select(s => s.Span.Of(document.Text))
            .OrderByDescending(s => Words(s).Count(words.Contains))
            .FirstOrDefault() ?? "";
    }

    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '.', '"', '“', '”', '\'', '’', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static string Clip(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 180 ? flat : flat[..179] + "…";
    }
}
