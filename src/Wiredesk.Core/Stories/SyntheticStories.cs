using System.Globalization;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Stories;

/// <summary>
/// An invented stream of articles about invented events, for scale tests of the story stage: a new event starts about
/// every <see cref="ArticlesPerEvent"/> articles; each article reports one of the events of the last
/// <see cref="EventWindow"/>, mixing the event's own words and names into common vocabulary. Deterministic for a seed;
/// any article can be made on its own.
/// </summary>
public sealed class SyntheticStories
{
    /// <summary>On average, one new event per this many articles.</summary>
    public const int ArticlesPerEvent = 5;

    /// <summary>How many of the most recent events an article may report.</summary>
    public const int EventWindow = 40;

    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly int _seed;
    private readonly SyntheticVocabulary _vocabulary;

    /// <summary>A stream for <paramref name="seed"/>.</summary>
    public SyntheticStories(int seed)
    {
        _seed = seed;
        _vocabulary = new SyntheticVocabulary(seed, 20000);
    }

    /// <summary>Articles 0 to <paramref name="count"/> − 1 with the event each reports.</summary>
    public IEnumerable<(Document Document, int Event)> Articles(int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return Article(index);
        }
    }

    /// <summary>Article <paramref name="index"/> and the event it reports.</summary>
    public (Document Document, int Event) Article(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        var newest = index / ArticlesPerEvent;
        var eventId = Math.Max(0, newest - random.Next(EventWindow));
        var (keywords, names) = Event(eventId);
        var paragraphs = new List<List<SyntheticSentence>>();
        var target = 250 + random.Next(301);
        var words = 0;
        while (words < target)
        {
            var paragraph = new List<SyntheticSentence>();
            for (var s = 1 + random.Next(3); s > 0; s--)
            {
                var sentence = new string[10 + random.Next(16)];
                for (var w = 0; w < sentence.Length; w++)
                {
                    var roll = random.Next(20);
                    sentence[w] = roll < 5 ? keywords[random.Next(keywords.Length)]
                        : roll < 6 ? names[random.Next(names.Length)]
                        : _vocabulary.Word(random);
                }

                words += sentence.Length;
                paragraph.Add(new SyntheticSentence(sentence, null));
            }

            paragraphs.Add(paragraph);
        }

        var title = SyntheticVocabulary.Capital(string.Join(' ', [names[0], keywords[0], _vocabulary.Word(random), keywords[1], _vocabulary.Word(random), keywords[2 + random.Next(keywords.Length - 2)]]));
        var id = "story" + index.ToString("D8", CultureInfo.InvariantCulture);
        var document = SyntheticWriter.Render(id, Start.AddSeconds(index * 30L), title, paragraphs, false);
        return (document with { Source = "outlet" + (random.Next(50)).ToString(CultureInfo.InvariantCulture) + ".example" }, eventId);
    }

    private (string[] Keywords, string[] Names) Event(int eventId)
    {
        var random = new Random(unchecked((_seed * 7919) + eventId));
        var keywords = new string[12];
        for (var i = 0; i < keywords.Length; i++)
        {
            // Two common words run together: a word of the event's own, as a place or a product name would be.
            keywords[i] = _vocabulary.Word(random) + _vocabulary.Word(random);
        }

        var names = new string[3];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = _vocabulary.Names[random.Next(_vocabulary.Names.Length)];
        }

        return (keywords, names);
    }
}
