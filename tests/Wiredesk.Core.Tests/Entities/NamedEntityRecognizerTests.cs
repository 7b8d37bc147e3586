using Wiredesk.Core.Entities;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Tests.Entities;

public sealed class NamedEntityRecognizerTests
{
    private static readonly NamedEntityRecognizer Recognizer = NamedEntityRecognizer.CreateDefault();

    private static List<(EntityType Type, string Text)> Recognize(string text) =>
        Recognizer.Recognize(text, new TextSpan(0, text.Length)).Select(m => (m.Type, m.Text)).ToList();

    [Fact]
    public void Titles_and_names_give_persons_organisations_places_and_demonyms()
    {
        var found = Recognize("NATO Secretary-General Mark Rutte met Turkish President Recep Tayyip Erdoğan in Ankara.");

        Assert.Equal(
            [
                (EntityType.Organization, "NATO"),
                (EntityType.Person, "Mark Rutte"),
                (EntityType.Other, "Turkish"),
                (EntityType.Person, "Recep Tayyip Erdoğan"),
                (EntityType.Place, "Ankara"),
            ],
            found);
    }

    [Fact]
    public void Names_with_diacritics_are_found_whole()
    {
        var found = Recognize("Foreign Minister Hakan Fidan said Türkiye would host the talks in İstanbul next week.");

        Assert.Contains((EntityType.Person, "Hakan Fidan"), found);
        Assert.Contains((EntityType.Place, "Türkiye"), found);
        Assert.Contains((EntityType.Place, "İstanbul"), found);
    }

    [Fact]
    public void Organisations_with_company_and_party_words_are_organisations()
    {
        var found = Recognize("Shares in Siemens AG rose after the European Commission cleared the deal, while the Labour Party objected.");

        Assert.Contains((EntityType.Organization, "Siemens AG"), found);
        Assert.Contains((EntityType.Organization, "European Commission"), found);
        Assert.Contains((EntityType.Organization, "Labour Party"), found);
    }

    [Fact]
    public void An_honorific_is_left_out_of_the_person()
    {
        var found = Recognize("Mr. Rubio left Ankara for Antalya on Friday morning.");

        Assert.Contains((EntityType.Person, "Rubio"), found);
        Assert.Contains((EntityType.Place, "Antalya"), found);
    }

    [Fact]
    public void Mentions_point_into_the_original_text_and_stay_inside_the_region()
    {
        const string text = "Intro line about Paris.\n\nGerman Foreign Minister Johann Wadephul arrived in Berlin on Wednesday.\n\nOutro about Rome.";
        var start = text.IndexOf("German", StringComparison.Ordinal);
        var region = TextSpan.FromBounds(start, text.IndexOf("\n\nOutro", StringComparison.Ordinal));

        var mentions = Recognizer.Recognize(text, region);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m =>
        {
            Assert.Equal(m.Text, m.Span.Of(text));
            Assert.True(m.Span.Start >= region.Start && m.Span.End <= region.End);
        });
        Assert.Contains(mentions, m => m.Type == EntityType.Person && m.Text == "Johann Wadephul");
        Assert.Contains(mentions, m => m.Type == EntityType.Place && m.Text == "Berlin");
        Assert.DoesNotContain(mentions, m => m.Text is "Paris" or "Rome");
    }

    [Fact]
    public void Text_without_names_gives_no_mentions()
    {
        Assert.Empty(Recognize("the talks ended late on a cold evening, and nobody said anything."));
        Assert.Empty(Recognize(""));
    }
}
