using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Entities;

/// <summary>Types of names the tagger has never seen: organisation head words, a lone word of a company's name,
/// place signals and lists of companies.</summary>
public sealed class EntityTypeTests
{
    private static readonly Lazy<NamedEntityRecognizer> Recognizer = new(NamedEntityRecognizer.CreateDefault);

    private static IReadOnlyList<CanonicalEntity> Resolve(params Document[] documents) =>
        new EntityResolver(Recognizer.Value).Resolve(documents);

    private static Document Article(string id, string body) => Clean.Text($"date 2026-03-04\nHeadline for {id}\n\n{body}", id);

    private static CanonicalEntity HolderOf(IReadOnlyList<CanonicalEntity> entities, string alias) =>
        Assert.Single(entities, e => e.Aliases.Contains(alias, StringComparer.Ordinal));

    private static IReadOnlyList<CanonicalEntity> Takeover() => Resolve(
        Article("a", "Ostrander Shipping said on Wednesday it had agreed to take over its smaller rival Pellworth Airlines for $2.7 billion in cash. "
            + "Shares in Pellworth rose 31 percent in early trading, while Ostrander Shipping shares slipped 2 percent. "
            + "Ostrander said the deal would close by the end of the year."),
        Article("b", "Pellworth Airlines pilots fear for their jobs after the Ostrander Shipping takeover. "
            + "Pellworth Airlines has flown from the port of Tavensund since 1971 and keeps its headquarters in Tavensund."),
        Article("c", "MARSVIK - Cabin crew of Pellworth Airlines walked out on Thursday over the takeover. "
            + "\"We were told nothing,\" said Ilse Vondrak, who has worked for Pellworth in Marsvik for twenty years. "
            + "Pellworth's pilots met Marsvik union leaders later that day."),
        Article("d", "The figures were first reported by the Tollbridge Review, which said the airline had lost money for three years. "
            + "Marsvik Freight, which hauls the airline's cargo, said it was not affected."));

    [Fact]
    public void A_name_ending_in_an_organisation_word_is_one_organisation()
    {
        var entities = Takeover();

        Assert.Equal(EntityType.Organization, HolderOf(entities, "Ostrander Shipping").Type);
        Assert.Equal(EntityType.Organization, HolderOf(entities, "Tollbridge Review").Type);
        var pellworth = HolderOf(entities, "Pellworth Airlines");
        Assert.Equal(EntityType.Organization, pellworth.Type);
        Assert.Equal(["a", "b", "c"], pellworth.Documents);
    }

    [Fact]
    public void A_lone_first_word_of_an_organisations_name_joins_the_organisation()
    {
        var entities = Takeover();

        Assert.Same(HolderOf(entities, "Ostrander Shipping"), HolderOf(entities, "Ostrander"));
        Assert.Same(HolderOf(entities, "Pellworth Airlines"), HolderOf(entities, "Pellworth"));
    }

    [Fact]
    public void A_lone_word_read_once_as_a_place_after_shares_in_still_joins_the_organisation()
    {
        var entities = Resolve(
            Article("a", "Tessaly Shipping said on Monday it would buy its smaller rival Vorran Lines for $3.1 billion. Shares in Vorran jumped 22 percent."),
            Article("b", "Hundreds of Vorran Lines office staff walked out on Tuesday. Vorran's headquarters were closed for the day."));

        var vorran = HolderOf(entities, "Vorran Lines");
        Assert.Equal(EntityType.Organization, vorran.Type);
        Assert.Equal("Vorran Lines", vorran.Name);
        Assert.Same(vorran, HolderOf(entities, "Vorran"));
        Assert.Equal(4, vorran.Mentions.Count);
    }

    [Fact]
    public void The_dateline_makes_a_name_a_place()
    {
        var entities = Takeover();

        Assert.Equal(EntityType.Place, HolderOf(entities, "Marsvik").Type);
        Assert.Equal(EntityType.Organization, HolderOf(entities, "Marsvik Freight").Type);
    }

    [Fact]
    public void Two_place_signals_make_a_name_a_place_and_one_name_is_one_entity()
    {
        var entities = Resolve(
            Article("a", "Brannick's dockworkers walked out on Tuesday. Kessling told the union that Brannick had always been a ferry town. "
                + "Ships have sailed from the port of Brannick since 1971, and the carrier keeps its headquarters in Brannick."),
            Article("b", "Corvin said Haldor would never accept the deal. Haldor's fishermen voted against it. "
                + "Vessels bound for the port of Haldor were turned back, and fishing boats stayed in Haldor."));

        Assert.Equal(EntityType.Place, HolderOf(entities, "Brannick").Type);
        Assert.Equal(EntityType.Place, HolderOf(entities, "Haldor").Type);
    }

    [Fact]
    public void A_possessive_after_in_is_no_place_signal()
    {
        var entities = Resolve(
            Article("a", "Talks between the two unions broke down on Friday, said Corvin Hallstrand, who chairs the pilots' union. "
                + "In Hallstrand's view, the offer was an insult. In Hallstrand's words, the airline had \"run out of ideas\"."));

        Assert.Equal(EntityType.Person, HolderOf(entities, "Corvin Hallstrand").Type);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place && e.Name.Contains("Hallstrand", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_listed_after_companies_and_the_employer_of_an_analyst_are_organisations()
    {
        var entities = Resolve(
            Article("a", "Two of the four firms, Vallgruber and Osterhamn, admitted fixing prices for road salt between 2019 and 2023. "
                + "\"The fines are smaller than the market feared,\" said Mira Tollefsen, an analyst at Brackenfold."));

        Assert.Equal(EntityType.Organization, HolderOf(entities, "Vallgruber").Type);
        Assert.Equal(EntityType.Organization, HolderOf(entities, "Osterhamn").Type);
        Assert.Equal(EntityType.Organization, HolderOf(entities, "Brackenfold").Type);
    }

    [Fact]
    public void A_demonym_beside_an_organisation_named_with_it_stays_with_its_place()
    {
        var entities = Resolve(
            Article("a", "Lumatek is recalling 310,000 Nova heaters sold in Estrelia after reports of 14 fires, the company said. "
                + "The Estrelian Consumer Safety Agency said it had received the first complaint in August."),
            Article("b", "Lawmakers in Estrelia summoned the Lumatek chief executive on Thursday. "
                + "Estrelian households returned 41 percent of the heaters within a week, the agency said."));

        var agency = HolderOf(entities, "Estrelian Consumer Safety Agency");
        Assert.Equal(EntityType.Organization, agency.Type);
        Assert.DoesNotContain("Estrelian", agency.Aliases);
    }
}

