using System.CommandLine;

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
        Description = "The largest file read whole, in bytes (JSON Lines files over it are read line by line)",
        DefaultValueFactory = _ => Input.InputReader.DefaultMaxBytes,
    };

    public Option<string?> Cluster { get; } = new("--cluster")
    {
        Description = "Run the analysis on a Wiredesk cluster: 'localhost[:gateway ports]' or a PostgreSQL connection string (Host=…;Database=…)",
    };

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files, folders (read recursively), globs such as 'news/**/*.html', or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };
}
