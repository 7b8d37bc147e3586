using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;
using Wiredesk.Core.Tests.Support;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Events;

/// <summary>Events found in short articles written for these tests.</summary>
public sealed class EventExtractorTests
{
    private static readonly Lazy<EntityResolver> Resolver = new(() => new EntityResolver(NamedEntities.CreateRecognizer()));

    [Fact]
    public void A_received_visitor_is_a_hosted_visit_with_place_and_date()
    {
        var e = Single(Extract("date 2024-03-04\n\nPrime Minister Anna Lindqvist received Chancellor Olaf Brenner on March 2 in Stockholm to discuss energy prices."), EventType.HostVisit);
        Assert.Equal("Anna Lindqvist", e.Actor!.Name);
        Assert.Equal("Olaf Brenner", e.Target!.Name);
        Assert.Equal("Stockholm", e.Place!.Name);
        Assert.Equal("2024-03-02", e.Time);
    }

    [Fact]
    public void Phone_conversations_with_a_list_of_ministers_are_one_call_each()
    {
        var events = Extract("date 2024-03-04\n\nForeign Minister Pablo Serrano held phone conversations with German Foreign Minister Klara Weiss, Italian Foreign Minister Marco Bellini and Polish Foreign Minister Jan Nowicki on Monday.");
        var targets = events.Where(e => e.Type == EventType.PhoneCall).Select(e => e.Target!.Name).ToList();
        Assert.Equal(["Klara Weiss", "Marco Bellini", "Jan Nowicki"], targets);
        Assert.All(events, e => Assert.Equal("Pablo Serrano", e.Actor!.Name));
    }

    [Fact]
    public void A_pronoun_actor_is_the_person_named_before()
    {
        var events = Extract("date 2024-03-04\n\n\"We will not wait forever,\" said Finance Minister Ruth Okafor.\n\nShe warned that Canada would impose tariffs on Mexico if talks failed.");
        var threat = Single(events, EventType.Threaten);
        Assert.Equal("Ruth Okafor", threat.Actor!.Name);
        Assert.Equal("Mexico", threat.Target!.Name);
    }

    [Fact]
    public void A_passive_agent_acts_and_a_negated_verb_is_no_event()
    {
        var events = Extract("date 2024-03-04\n\nThe summit was hosted by Kenya in Nairobi. President Daniel Mwangi did not meet Chancellor Olaf Brenner.");
        var hosted = Single(events, EventType.HostVisit);
        Assert.Equal("Kenya", hosted.Actor!.Name);
        Assert.DoesNotContain(events, e => e.Type == EventType.Meet);
    }

    [Fact]
    public void A_plain_said_is_not_an_event_but_urging_is()
    {
        var events = Extract("date 2024-03-04\n\nEnvironment Minister Lea Hofer said the talks were useful. Hofer urged Brazil to protect the rainforest.");
        var appeal = Assert.Single(events);
        Assert.Equal(EventType.Appeal, appeal.Type);
        Assert.Equal("Brazil", appeal.Target!.Name);
        Assert.StartsWith("to protect the rainforest", appeal.What, StringComparison.Ordinal);
    }

    [Fact]
    public void What_an_event_is_about_leaves_out_its_own_time_and_a_bare_pronoun()
    {
        var events = Extract("date 2026-09-15\n\nAnalysts said Halvard had paid too much for Corran Lines. Chief executive Ingrid Solvang rejected that on Tuesday. Solvang urged the Nordic Competition Board to approve the takeover on Tuesday.");

        var rejection = Single(events, EventType.Reject);
        Assert.Null(rejection.What);
        Assert.Equal("2026-09-15", rejection.Time);
        var appeal = Single(events, EventType.Appeal);
        Assert.Equal("to approve the takeover", appeal.What);
    }

    [Fact]
    public void A_second_verb_after_an_object_keeps_the_first_verb_s_subject()
    {
        var events = Extract("date 2024-03-04\n\nEngineer Ada Quist unveiled the Falcon Nine rocket in 2019, and proclaimed then that Orbital Dynamics would fly it in 2021.");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("Ada Quist", e.Actor!.Name));
    }

    [Fact]
    public void A_pronoun_right_before_the_verb_is_its_subject()
    {
        var events = Extract("date 2024-03-04\n\nMayor Tomas Berg met reporters on Monday. Asked about Valdoria, Berg said he would visit Lisbon in May.");
        var visit = Single(events, EventType.Visit);
        Assert.Equal("Tomas Berg", visit.Actor!.Name);
        Assert.Equal("Lisbon", visit.Target!.Name);
    }

    [Fact]
    public void A_ship_striking_another_is_not_a_use_of_force()
    {
        var events = Extract("date 2024-03-04\n\nThe ferry Serin Bay struck the container ship Kestrel Dawn at the harbour entrance on Monday.");
        Assert.DoesNotContain(events, e => e.Type == EventType.UseForce);
    }

    [Fact]
    public void Opening_an_investigation_and_arresting_are_events()
    {
        var events = Extract("date 2024-03-04\n\nData Protection Commissioner Sofia Redd opened a formal investigation into Quillon Systems on Saturday. The FBI arrested Tomas Berg on Sunday.");
        var probe = Single(events, EventType.Investigate);
        Assert.Equal("Sofia Redd", probe.Actor!.Name);
        Assert.Equal("Quillon Systems", probe.Target!.Name);
        Assert.Equal("090", EventTypes.Code(probe.Type));
        Assert.Equal("Tomas Berg", Single(events, EventType.Arrest).Target!.Name);
    }

    private static NewsEvent Single(IReadOnlyList<NewsEvent> events, EventType type) => Assert.Single(events, e => e.Type == type);

    private static IReadOnlyList<NewsEvent> Extract(string text)
    {
        var document = Clean.Text(text);
        var entities = Resolver.Value.Resolve([document]);
        return new EventExtractor().Extract(document, new EntityMentionIndex(entities), DocumentTimes.Tag(new TemporalTagger(), document));
    }
}
