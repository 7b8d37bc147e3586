using System.Text;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Storage.Contract.Support;

/// <summary>
/// News stories for text-reuse tests: a title and body paragraphs, one line each, with every span computed from the
/// text. <see cref="Generated"/> writes a reproducible corpus of local news from invented sentence patterns.
/// </summary>
internal static class Stories
{
    private static readonly string[] Officials =
    [
        "the mayor", "the health minister", "a police spokeswoman", "the port authority", "union leaders", "the finance ministry",
        "a senior diplomat", "the regional governor", "fire officials", "the central bank", "the transport secretary", "the city council",
    ];

    private static readonly string[] Places = ["Antalya", "Gdansk", "Porto", "Tampere", "Valencia", "Kaunas", "Izmir", "Brno", "Split", "Ghent", "Bergen", "Lyon"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Things = ["families", "workers", "ferries", "flights", "schools", "clinics", "buses", "shops", "farms", "warehouses", "bridges", "markets"];

    private static readonly string[] Done = ["evacuated", "closed", "inspected", "delayed", "reopened", "suspended", "rebuilt", "counted", "cleared", "checked"];

    private static readonly string[] Causes =
    [
        "the storm", "a fire at the docks", "a strike by drivers", "heavy flooding", "a power cut", "a gas leak", "the heatwave",
        "a landslide above the old town", "a cyber attack on the ticket system", "the collapse of a scaffold",
    ];

    private static readonly string[] Patterns =
    [
        "{Official} in {place} said on {day} that {n} {things} had been {done} after {cause}.",
        "Residents of {place} described {cause} as the worst they could remember, and {n} {things} remained {done} by {day} evening.",
        "{Official} promised a review of how the {things} were {done}, adding that {cause} had caught {place} unprepared.",
        "Local broadcasters reported that {n} {things} near {place} were {done} as a precaution.",
        "Critics said {official} had ignored warnings about {cause} for years.",
        "By {day} afternoon {n} {things} had been {done}, according to figures from {official}.",
        "Insurers in {place} expect claims from {n} {things}, a figure {official} called manageable.",
        "Volunteers handed out water and blankets while {things} across {place} were {done}.",
    ];

    /// <summary>A story with a title and body paragraphs, published on <paramref name="published"/> at <paramref name="hour"/> UTC.</summary>
    public static Document Story(string id, DateOnly published, int hour, string title, params string[] body)
    {
        var text = new StringBuilder(title);
        var paragraphs = new List<Paragraph> { new(ParagraphKind.Title, new TextSpan(0, title.Length)) };
        foreach (var line in body)
        {
            text.Append('\n');
            paragraphs.Add(new Paragraph(ParagraphKind.Body, new TextSpan(text.Length, line.Length)));
            text.Append(line);
        }

        return new Document
        {
            Id = id,
            ContentHash = ContentHash.Of(text.ToString()),
            Format = InputFormat.Text,
            Text = text.ToString(),
            Language = "en",
            Title = title,
            TitleSpan = new TextSpan(0, title.Length),
            Published = published,
            PublishedAt = new DateTimeOffset(published.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero),
            PublishedFrom = PublishedFrom.Metadata,
            Paragraphs = paragraphs,
        };
    }

    /// <summary>
    /// <paramref name="count"/> (at least 16) stories of three paragraphs from the patterns. Stories 2k and 2k+1 (k &lt; 6)
    /// share a paragraph, copied with one word changed; story 13 is story 12 with its last sentence rewritten; the rest
    /// are unrelated, though they share the patterns' stock wording.
    /// </summary>
    public static IReadOnlyList<Document> Generated(int count, int seed)
    {
        var random = new Random(seed);
        var bodies = new List<string[]>();
        for (var i = 0; i < count; i++)
        {
            bodies.Add([Paragraph(random), Paragraph(random), Paragraph(random)]);
        }

        for (var k = 0; k < 6; k++)
        {
            bodies[(2 * k) + 1][1] = bodies[2 * k][0].Replace(" had ", " have ", StringComparison.Ordinal) + " " + Sentence(random);
        }

        bodies[13] = [bodies[12][0], bodies[12][1], bodies[12][2][..bodies[12][2].LastIndexOf(". ", StringComparison.Ordinal)] + ". " + Sentence(random)];

        var first = new DateOnly(2025, 3, 1);
        return [.. bodies.Select((body, i) => Story($"story-{i:00}", first.AddDays(i), 9, $"Local news from {Places[i % Places.Length]}, part {i}", body))];
    }

    private static string Paragraph(Random random) => string.Join(' ', Enumerable.Range(0, 3).Select(_ => Sentence(random)));

    private static string Sentence(Random random)
    {
        var sentence = Patterns[random.Next(Patterns.Length)]
            .Replace("{Official}", Capitalised(Pick(random, Officials)), StringComparison.Ordinal)
            .Replace("{official}", Pick(random, Officials), StringComparison.Ordinal)
            .Replace("{place}", Pick(random, Places), StringComparison.Ordinal)
            .Replace("{day}", Pick(random, Days), StringComparison.Ordinal)
            .Replace("{n}", random.Next(3, 900).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{things}", Pick(random, Things), StringComparison.Ordinal)
            .Replace("{done}", Pick(random, Done), StringComparison.Ordinal)
            .Replace("{cause}", Pick(random, Causes), StringComparison.Ordinal);
        return sentence;
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Capitalised(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
