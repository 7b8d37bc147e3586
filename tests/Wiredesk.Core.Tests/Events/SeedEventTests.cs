using System.Text.Json;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;
using Wiredesk.Core.Tests.Support;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Events;

/// <summary>The ten reference events of the five seed articles (the shared development data).</summary>
public sealed class SeedEventTests(ITestOutputHelper output)
{
    private static readonly Lazy<INamedEntityRecognizer> Recognizer = new(NamedEntities.CreateRecognizer);

    [Fact]
    public void At_least_8_of_the_10_seed_events_are_found_with_type_actor_and_target()
    {
        var documents = new[] { "000", "001", "002", "003", "004" }.Select(Seeds.Clean).ToList();
        var entities = new EntityResolver(Recognizer.Value).Resolve(documents);
        var index = new EntityMentionIndex(entities);
        var tagger = new TemporalTagger();
        var extractor = new EventExtractor();
        var events = documents.SelectMany(d => extractor.Extract(d, index, DocumentTimes.Tag(tagger, d))).ToList();
        foreach (var e in events)
        {
            output.WriteLine($"{e.Document[..3]} {EventTypes.Label(e.Type)} [{e.CueText}] {e.Actor?.Name} -> {e.Target?.Name} @{e.Place?.Name} {e.Time} | {e.What}");
        }

        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.json")));
        var right = 0;
        var total = 0;
        foreach (var reference in gold.RootElement.GetProperty("events").EnumerateArray())
        {
            total++;
            var type = reference.GetProperty("type").GetString()!;
            var actor = reference.GetProperty("actor").GetString()!;
            var target = reference.TryGetProperty("target", out var t) ? t.GetString() : null;
            var found = events.Any(e => TypeMatches(type, e.Type) && Sides(e, Names(gold, actor), Names(gold, target)));
            right += found ? 1 : 0;
            output.WriteLine($"{(found ? "found" : "MISSED")}: {type} {actor} -> {target}");
        }

        output.WriteLine($"{right} of {total} seed events found");
        Assert.Equal(10, total);
        Assert.True(right >= 8, $"{right} of {total} seed events found with type, actor and target");
    }

    private static bool TypeMatches(string gold, EventType type) => gold switch
    {
        "host a visit / meet" => type is EventType.HostVisit or EventType.Visit or EventType.Meet,
        "phone call" => type == EventType.PhoneCall,
        "praise" => type == EventType.Praise,
        "urge" => type == EventType.Appeal,
        "threaten sanctions" => type is EventType.Threaten or EventType.Sanction,
        "announce" => type is EventType.MakeStatement or EventType.ExpressIntent,
        _ => false,
    };

    // A reference person is named by the canonical name or any alias the reference lists for them.
    private static HashSet<string> Names(JsonDocument gold, string? name)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (name is null)
        {
            return names;
        }

        names.Add(Fold(name));
        foreach (var entity in gold.RootElement.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("canonical").GetString() == name))
        {
            foreach (var alias in entity.GetProperty("aliases").EnumerateArray())
            {
                names.Add(Fold(alias.GetString()));
            }
        }

        return names;
    }

    private static bool Sides(NewsEvent e, HashSet<string> actor, HashSet<string> target)
    {
        var a = Fold(e.Actor?.Name);
        var b = Fold(e.Target?.Name);
        var forward = actor.Contains(a) && (target.Count == 0 || target.Contains(b));
        var backward = EventTypes.IsMutual(e.Type) && actor.Contains(b) && target.Contains(a);
        return forward || backward;
    }

    private static string Fold(string? name) => name is null ? string.Empty
        : new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray())
            .ToLowerInvariant().Replace("turkey", "turkiye", StringComparison.Ordinal);
}
