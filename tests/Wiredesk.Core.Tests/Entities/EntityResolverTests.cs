using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Entities;

public sealed class EntityResolverTests
{
    private static readonly Lazy<NamedEntityRecognizer> Recognizer = new(NamedEntityRecognizer.CreateDefault);

    private static IReadOnlyList<CanonicalEntity> Resolve(params Document[] documents) =>
        new EntityResolver(Recognizer.Value).Resolve(documents);

    private static Document Article(string id, string body) => Clean.Text($"date 2026-03-04\nHeadline for {id}\n\n{body}", id);

    private static CanonicalEntity HolderOf(IReadOnlyList<CanonicalEntity> entities, string alias) =>
        Assert.Single(entities, e => e.Aliases.Contains(alias, StringComparer.Ordinal));

    [Fact]
    public void Surnames_spelling_variants_and_typos_join_the_full_name()
    {
        var entities = Resolve(
            Article("a", "Turkish President Recep Tayyip Erdoğan met the delegation on Monday. Erdoğan said the talks went well."),
            Article("b", "Recep Tayyip Erdogan spoke to reporters in Ankara. Later, Erdoğgan repeated his offer to host the talks."));

        var erdogan = HolderOf(entities, "Erdoğgan");
        Assert.Equal("Recep Tayyip Erdoğan", erdogan.Name);
        Assert.Equal(EntityType.Person, erdogan.Type);
        Assert.Contains("Recep Tayyip Erdogan", erdogan.Aliases);
        Assert.Contains("Erdoğan", erdogan.Aliases);
        Assert.Equal(["a", "b"], erdogan.Documents);
    }

    [Fact]
    public void A_surname_and_the_full_name_get_one_id_across_articles()
    {
        var entities = Resolve(
            Article("a", "Senator Bernie Sanders told voters in Iowa that the plan would pass."),
            Article("b", "Sanders repeated the promise on Tuesday, drawing cheers from the crowd in Des Moines."));

        var sanders = HolderOf(entities, "Sanders");
        Assert.Equal("Bernie Sanders", sanders.Name);
        Assert.Equal(2, sanders.Documents.Count);
    }

    [Fact]
    public void Country_names_and_the_demonym_are_one_place()
    {
        var entities = Resolve(
            Article("a", "Türkiye hosted the meeting. Officials in Turkey said the Turkish side was ready."),
            Article("b", "Turkiye will host the next round as well, the ministry in Turkey said."));

        var turkiye = HolderOf(entities, "Turkey");
        Assert.Equal("Türkiye", turkiye.Name);
        Assert.Equal(EntityType.Place, turkiye.Type);
        Assert.Contains("Turkiye", turkiye.Aliases);
        Assert.Contains(turkiye.Mentions, m => m.Kind == MentionKind.Demonym && m.Text == "Turkish");
    }

    [Fact]
    public void A_place_the_country_table_does_not_know_takes_its_formal_name_and_its_demonym()
    {
        var entities = Resolve(
            Article("a", "Estrelian firefighters fought the blaze through the night. The Republic of Estrelia asked its neighbours for help."),
            Article("b", "The fire is the worst industrial accident in Estrelia since 2009, officials in Estrelia said."));

        var estrelia = HolderOf(entities, "Estrelia");
        Assert.Equal(EntityType.Place, estrelia.Type);
        Assert.Contains(estrelia.Mentions, m => m.Kind == MentionKind.Demonym && m.Text == "Estrelian");
        Assert.Contains(estrelia.Mentions, m => m.Text == "Republic of Estrelia");
        Assert.DoesNotContain(entities, e => e != estrelia && (e.Name.Contains("Estrelia", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_role_given_with_the_name_resolves_a_later_role_reference_in_another_article_of_the_story()
    {
        var entities = Resolve(
            Article("a", "NATO Secretary-General Mark Rutte arrived in Ankara on Tuesday for talks on air defence."),
            Article("b", "The NATO chief praised the host country. He also met the defence minister of the host country."));

        var rutte = HolderOf(entities, "Mark Rutte");
        Assert.Contains("NATO Secretary-General", rutte.Roles);
        Assert.Contains(rutte.Mentions, m => m.Document == "b" && m.Kind == MentionKind.Role && m.Text == "The NATO chief");
    }

    [Fact]
    public void The_president_resolves_to_the_president_named_before_it()
    {
        var entities = Resolve(
            Article("a", "President Anna Keller of Estmark opened the summit in Velmar. Prime Minister Irena Vasko spoke next. The president then left for the airport."));

        var keller = HolderOf(entities, "Anna Keller");
        Assert.Contains(keller.Mentions, m => m.Kind == MentionKind.Role && m.Text == "The president");
        Assert.DoesNotContain(HolderOf(entities, "Irena Vasko").Mentions, m => m.Text == "The president");
    }

    [Fact]
    public void An_embedded_posts_handle_joins_its_author()
    {
        var post = "We agreed today to step up our support.";
        var text = $"date 2026-03-04\nAllies meet\n\nMark Rutte led the meeting in Brussels.\n\n{post}\n— Mark Rutte (@SecGenNATO) March 4, 2026";
        var document = Clean.Text(text, "embed");
        Assert.Contains(document.Paragraphs, p => p.Embed is not null);

        var rutte = HolderOf(Resolve(document), "Mark Rutte");

        Assert.Contains("@SecGenNATO", rutte.Aliases);
        Assert.Contains(rutte.Mentions, m => m.Kind == MentionKind.Handle);
    }

    [Fact]
    public void An_acronym_and_its_long_form_are_one_organisation()
    {
        var entities = Resolve(
            Article("a", "The North Atlantic Treaty Organization was founded in 1949."),
            Article("b", "NATO foreign ministers met in Antalya."));

        var nato = HolderOf(entities, "NATO");
        Assert.Contains("North Atlantic Treaty Organization", nato.Aliases);
        Assert.Single(entities, e => e.Aliases.Contains("North Atlantic Treaty Organization"));
        Assert.Equal(EntityType.Organization, nato.Type);
    }

    [Fact]
    public void A_capital_acting_for_its_government_is_flagged_and_stays_a_place()
    {
        var entities = Resolve(Article("a", "Moscow rejected the proposal on Thursday, while tourists crowded the streets of Moscow."));

        var russia = Assert.Single(entities, e => e.Name == "Russia");
        Assert.Contains("Moscow", russia.Aliases);
        Assert.Single(russia.Mentions, m => m.Kind == MentionKind.Metonymy);
        Assert.Contains(entities, e => e.Name == "Moscow" && e.Type == EntityType.Place);
    }

    [Fact]
    public void Mentions_point_at_their_text()
    {
        var document = Article("a", "Chancellor Friedrich Merz met Johann Wadephul in Berlin.");

        foreach (var mention in Resolve(document).SelectMany(e => e.Mentions))
        {
            Assert.Equal(mention.Text, document.Text.Substring(mention.Span.Start, mention.Span.Length));
        }
    }

    [Fact]
    public void Initials_join_the_full_name()
    {
        var entities = Resolve(
            Article("a", "Harbour director Jonas Petter Vik opened the new quay on Monday."),
            Article("b", "J. P. Vik said the quay would take larger ships from May."));

        var vik = HolderOf(entities, "Jonas Petter Vik");
        Assert.Contains(vik.Mentions, m => m.Text.StartsWith("J. P. Vik", StringComparison.Ordinal) || m.Text == "Vik");
        Assert.Equal(["a", "b"], vik.Documents);
    }
}
