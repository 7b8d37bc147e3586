using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Core.Tests.Events.Coding;

public sealed class AgentDictionaryReaderTests
{
    private static readonly AgentDictionary Dictionary = AgentDictionaryReader.Read(SmallDictionaries.Agents, "agents.txt");

    private static AgentEntry? Find(params string[] words) =>
        Dictionary.Phrases.LongestAt(words, 0, _ => true, out var entry) == words.Length ? entry : null;

    [Fact]
    public void Regular_plurals_are_added_unless_braces_say_otherwise()
    {
        Assert.Equal("GOV", Find("MINISTERS")?.Code);
        Assert.Equal("COP", Find("POLICE")?.Code);
        Assert.Null(Find("POLICES"));
    }

    [Fact]
    public void Substitution_markers_expand_to_each_member()
    {
        Assert.Equal("LEG", Find("CONGRESSMAN")?.Code);
        Assert.Equal("LEG", Find("CONGRESSWOMAN")?.Code);
        Assert.Null(Find("CONGRESSMANS"));
    }

    [Fact]
    public void The_tilde_says_whether_the_code_goes_before_or_after_the_actor()
    {
        Assert.False(Find("GOVERNMENT")!.Prefix);
        Assert.True(Find("AID", "AGENCY")!.Prefix);
    }

    [Fact]
    public void An_agent_without_a_code_is_an_error_naming_the_line()
    {
        var error = Assert.Throws<DictionaryFormatException>(() => AgentDictionaryReader.Read("MINISTER [~GOV]\nDIPLOMAT\n", "ag.txt"));
        Assert.Equal(2, error.LineNumber);
        Assert.Single(AgentDictionaryReader.Read("MINISTER [~GOV]\nDIPLOMAT\n", "ag.txt", lenient: true).Warnings);
    }
}
