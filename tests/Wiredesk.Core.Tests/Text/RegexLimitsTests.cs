using System.Reflection;
using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Tests.Text;

/// <summary>Every regular expression in the core can be stopped: it has a match timeout or cannot backtrack.</summary>
public sealed class RegexLimitsTests
{
    [Fact]
    public void Every_regex_of_the_core_has_a_timeout_or_does_not_backtrack()
    {
        var factories = typeof(RegexLimits).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
            .ToList();

        Assert.True(factories.Count >= 20, $"only {factories.Count} regex factories found");
        foreach (var factory in factories)
        {
            var regex = (Regex)factory.Invoke(null, null)!;
            var bounded = regex.MatchTimeout != Regex.InfiniteMatchTimeout || regex.Options.HasFlag(RegexOptions.NonBacktracking);
            Assert.True(bounded, $"{factory.DeclaringType?.Name}.{factory.Name} has no timeout");
        }
    }

    [Fact]
    public void A_tag_pattern_on_a_megabyte_of_unclosed_markup_ends()
    {
        var hostile = "<a " + new string(' ', 1_000_000) + "/";
        Assert.False(Wiredesk.Core.Ingest.FeedText.LooksLikeHtml(hostile));
        Assert.True(Wiredesk.Core.Ingest.FeedText.LooksLikeHtml("<p class=\"lead\">A ferry</p>"));
    }
}
