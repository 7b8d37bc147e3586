using System.CommandLine;
using Wiredesk.Core.Ingest;

namespace Wiredesk.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal sealed class CommonOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "The store: a SQLite file path (created when missing), or a PostgreSQL database as postgres://user@host:port/db or Host=…;Database=…",
        DefaultValueFactory = _ => StoreOpener.DefaultPath,
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print machine-readable JSON instead of text",
        Recursive = true,
    };

    public Option<long> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "The largest article, in bytes: a text or HTML file, one JSON line or one feed item (JSON Lines files over it are read line by line)",
        DefaultValueFactory = _ => ReadLimits.DefaultMaxArticleBytes,
    };

    public Option<long> MaxFeedBytes { get; } = new("--max-feed-bytes")
    {
        Description = "The largest feed file, in bytes",
        DefaultValueFactory = _ => ReadLimits.DefaultMaxFeedBytes,
    };

    public Option<int> MaxParagraphs { get; } = new("--max-paragraphs")
    {
        Description = "The most paragraphs one article may have",
        DefaultValueFactory = _ => ReadLimits.DefaultMaxParagraphs,
    };

    /// <summary>The limits the command line sets.</summary>
    public ReadLimits Limits(ParseResult parse) => new()
    {
        MaxArticleBytes = parse.GetValue(MaxBytes),
        MaxFeedBytes = parse.GetValue(MaxFeedBytes),
        MaxParagraphs = parse.GetValue(MaxParagraphs),
    };

    public Option<string?> Cluster { get; } = ClusterOption();

    private static Option<string?> ClusterOption()
    {
        var option = new Option<string?>("--cluster")
        {
            Description = "Read, clean and analyse on a Wiredesk cluster: 'localhost[:gateway ports]' or a PostgreSQL database (postgres://user@host:port/db or Host=…;Database=…)",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value)
            {
                try
                {
                    _ = Wiredesk.Cluster.Hosting.ClusterConnection.Parse(value);
                }
                catch (Exception ex) when (ex is FormatException or ArgumentException)
                {
                    result.AddError("--cluster: " + ex.Message);
                }
            }
        });
        return option;
    }

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files, folders (read recursively), globs such as 'news/**/*.html', or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };
}
