using System.Reflection;
using System.Text.RegularExpressions;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Hostile;

/// <summary>Every regular expression in src/ has a match timeout or runs without backtracking (OWASP ReDoS guidance).</summary>
public sealed class RegexAuditTests
{
    private static readonly Assembly[] Shipped =
    [
        typeof(Wiredesk.Core.Ingest.ArticleReader).Assembly,
        typeof(Wiredesk.Cli.WiredeskCli).Assembly,
        typeof(Wiredesk.Storage.Sqlite.SqliteArticleStore).Assembly,
        typeof(Wiredesk.Web.Contracts.StoryLink).Assembly,
    ];

    private static IEnumerable<(string Name, Regex Regex)> GeneratedRegexes() =>
        from assembly in Shipped
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
        where method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0 && method.GetCustomAttribute<GeneratedRegexAttribute>() is not null
        select ($"{type.FullName}.{method.Name}", (Regex)method.Invoke(null, null)!);

    private static bool IsBounded(Regex regex) =>
        regex.MatchTimeout != Regex.InfiniteMatchTimeout || regex.Options.HasFlag(RegexOptions.NonBacktracking);

    [Fact]
    public void Every_generated_regex_has_a_timeout_or_does_not_backtrack()
    {
        var all = GeneratedRegexes().ToList();

        Assert.True(all.Count >= 31, $"found only {all.Count} generated regexes: the audit is not looking in the right place");
        Assert.All(all, r => Assert.True(IsBounded(r.Regex), $"{r.Name} has no match timeout"));
    }

    [Fact]
    public void Every_generated_regex_in_source_is_one_the_audit_saw()
    {
        var declared = Repository.SourceFiles().Sum(f => Regex.Count(f.Text, @"\[GeneratedRegex\("));

        Assert.Equal(declared, GeneratedRegexes().Count());
    }

    [Fact]
    public void No_regex_is_built_or_called_in_source_without_a_timeout()
    {
        var offending = new List<string>();
        foreach (var (path, text) in Repository.SourceFiles())
        {
            foreach (var line in text.Split('\n'))
            {
                // A regex built at run time must say how it is bounded; the static helpers use the unbounded default.
                var builds = line.Contains("new Regex(", StringComparison.Ordinal)
                    && !line.Contains("NonBacktracking", StringComparison.Ordinal) && !line.Contains("TimeSpan", StringComparison.Ordinal);
                var calls = Regex.IsMatch(line, @"\bRegex\.(?:Match|Matches|IsMatch|Replace|Split|Count|EnumerateMatches)\(");
                if (builds || calls)
                {
                    offending.Add($"{path}: {line.Trim()}");
                }
            }
        }

        Assert.Empty(offending);
    }
}
