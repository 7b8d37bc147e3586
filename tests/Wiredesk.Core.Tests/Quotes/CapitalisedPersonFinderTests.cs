using Wiredesk.Core.Quotes;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Tests.Quotes;

public sealed class CapitalisedPersonFinderTests
{
    private static IReadOnlyList<PersonMention> Find(string text) => new CapitalisedPersonFinder().Find(text, new TextSpan(0, text.Length));

    [Theory]
    [InlineData("Lighthouse keeper Ola Brenne said the lamp had failed.", "Ola Brenne", "Lighthouse keeper", "Lighthouse keeper Ola Brenne")]
    [InlineData("Ferry union chief Karl Dahl walked out of the talks.", "Karl Dahl", "Ferry union chief", "Ferry union chief Karl Dahl")]
    [InlineData("Port Authority chief Lena Berg closed the channel.", "Lena Berg", "Port Authority chief", "Port Authority chief Lena Berg")]
    [InlineData("On Monday, opposition leader Siv Moen voted against the plan.", "Siv Moen", "opposition leader", "opposition leader Siv Moen")]
    [InlineData("The fire chief Ines Vik arrived at noon.", "Ines Vik", "fire chief", "The fire chief Ines Vik")]
    public void Lower_case_job_title_before_a_name_becomes_the_role_of_that_name(string text, string name, string role, string whole)
    {
        var mention = Assert.Single(Find(text));

        Assert.Equal(name, mention.Name);
        Assert.Equal(role, mention.Role);
        Assert.Equal(whole, mention.Span.Of(text));
        Assert.Equal(name, mention.NameSpan.Of(text));
    }

    [Theory]
    [InlineData("Thick smoke rose over the Brenna Kjemi plant on Monday.", "Brenna Kjemi")]
    [InlineData("She flew in on a Nordby Air flight.", "Nordby Air")]
    public void Capitalised_words_after_an_article_name_a_thing_not_a_person(string text, string thing)
    {
        Assert.DoesNotContain(Find(text), m => m.Name == thing);
    }

    [Fact]
    public void A_title_after_an_article_still_names_a_person()
    {
        const string text = "He met the President Anna Lund in the capital.";

        Assert.Equal("Anna Lund", Assert.Single(Find(text)).Name);
    }

    [Fact]
    public void A_plural_before_a_name_is_no_job_title()
    {
        const string text = "Police officials Greta Olsen and Karl Dahl met.";

        Assert.DoesNotContain(Find(text), m => m.Role is not null && m.Role.Contains("officials", StringComparison.Ordinal));
    }
}
