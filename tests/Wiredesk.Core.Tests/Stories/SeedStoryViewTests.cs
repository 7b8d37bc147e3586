using System.Text.Json;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;
using Wiredesk.Core.Stories;
using Wiredesk.Core.Tests.Support;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Stories;

/// <summary>The story view of the five seed articles against the reference timeline and disagreement (the shared development data).</summary>
public sealed class SeedStoryViewTests(ITestOutputHelper output)
{
    private static readonly Lazy<StoryView> View = new(Build);

    [Fact]
    public void At_least_7_of_the_8_seed_timeline_entries_have_the_right_date_and_documents()
    {
        var view = View.Value;
        foreach (var (document, times) in view.Times)
        {
            output.WriteLine($"TIMES {document[..3]}: {string.Join("; ", times.Select(t => $"{t.Text}={t.Value}{(t.EndValue is null ? string.Empty : "/" + t.EndValue)}:{t.Type}"))}");
        }

        foreach (var entry in view.Timeline)
        {
            output.WriteLine($"{entry.Date}{(entry.EndDate is null ? string.Empty : "/" + entry.EndDate)} [{string.Join(",", entry.Documents.Select(d => d[..3]))}] {entry.Text}");
        }

        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.json")));
        var right = 0;
        var total = 0;
        foreach (var reference in gold.RootElement.GetProperty("timeline").EnumerateArray())
        {
            total++;
            var date = reference.GetProperty("date").GetString()!;
            var documents = reference.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).ToHashSet();
            var match = view.Timeline.FirstOrDefault(e => SameDate(date, e) && documents.IsSubsetOf(e.Documents));
            right += match is null ? 0 : 1;
            output.WriteLine($"{(match is null ? "MISSED" : "found")}: {date} [{string.Join(",", documents.Select(d => d[..3]))}] {reference.GetProperty("what").GetString()}");
        }

        output.WriteLine($"{right} of {total} timeline entries");
        Assert.Equal(8, total);
        Assert.True(right >= 7, $"{right} of {total} reference timeline entries found with their date and documents");
    }

    [Fact]
    public void The_Putin_attendance_disagreement_has_003_on_one_side_and_004_on_the_other()
    {
        var view = View.Value;
        foreach (var disagreement in view.Disagreements)
        {
            output.WriteLine($"{disagreement.Slot}: {disagreement.What}: {string.Join(" | ", disagreement.Sides.Select(s => $"{s.Claim} [{string.Join(",", s.Documents.Select(d => d[..3]))}]"))}");
        }

        var putin = Assert.Single(view.Disagreements, d => d.Slot == "attendance" && d.What.Contains("Putin", StringComparison.Ordinal));
        Assert.Equal(2, putin.Sides.Count);
        Assert.Contains(putin.Sides[0].Documents, d => d.StartsWith("003", StringComparison.Ordinal));
        Assert.Contains(putin.Sides[1].Documents, d => d.StartsWith("004", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_summary_sentence_cites_the_documents_it_comes_from()
    {
        var view = View.Value;
        foreach (var sentence in view.Summary)
        {
            output.WriteLine($"[{string.Join(",", sentence.Documents.Select(d => d[..3]))}] {sentence.Text}");
        }

        Assert.InRange(view.Summary.Count, 2, 5);
        Assert.All(view.Summary, s => Assert.Contains(s.Document, s.Documents));
        Assert.Contains(view.Summary, s => s.IndependentOutlets >= 2);
    }

    private static bool SameDate(string gold, TimelineEntry entry)
    {
        var parts = gold.Split('/');
        if (gold.Contains("(mid)", StringComparison.Ordinal))
        {
            return entry.Date == gold[..4] && entry.EndDate is null;
        }

        return parts.Length == 2 ? entry.Date == parts[0] && entry.EndDate == parts[1] : entry.Date == gold && entry.EndDate is null;
    }

    private static StoryView Build()
    {
        var documents = new[] { "000", "001", "002", "003", "004" }.Select(Seeds.Clean).ToList();
        var entities = new EntityResolver(NamedEntities.CreateRecognizer()).Resolve(documents);
        return StoryView.Build(documents, entities, _ => null, new HashSet<string>(), new TemporalTagger(), new EventExtractor());
    }
}
