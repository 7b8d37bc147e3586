using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Core.Tests.Events.Coding;

public sealed class InflectionsTests
{
    [Theory]
    [InlineData("ATTACK", "ATTACKS ATTACKED ATTACKING")]
    [InlineData("PROMISE", "PROMISES PROMISED PROMISING")]
    [InlineData("DENY", "DENIES DENIED DENYING")]
    [InlineData("STAB", "STABS STABBED STABBING")]
    [InlineData("REACH", "REACHES REACHED REACHING")]
    [InlineData("FREE", "FREES FREED FREEING")]
    public void Regular_verb_forms_follow_english_spelling(string root, string expected)
    {
        var forms = Inflections.VerbForms(root);
        Assert.Contains(root, forms);
        foreach (var form in expected.Split(' '))
        {
            Assert.Contains(form, forms);
        }
    }

    [Theory]
    [InlineData("DOLLAR", "DOLLARS")]
    [InlineData("AUTHORITY", "AUTHORITIES")]
    [InlineData("ATTORNEY", "ATTORNEYS")]
    [InlineData("BUS", "BUSES")]
    public void Plurals_follow_english_spelling(string noun, string plural) => Assert.Equal(plural, Inflections.Plural(noun));
}
