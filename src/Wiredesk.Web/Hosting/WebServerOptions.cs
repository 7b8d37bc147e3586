using Wiredesk.Core.Storage;

namespace Wiredesk.Web.Hosting;

/// <summary>How <c>wiredesk serve</c> runs: where it listens, how much it accepts, and what it ingests by itself.</summary>
public sealed class WebServerOptions
{
    /// <summary>The default address: loopback only, so that nothing is exposed without asking.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Addresses to listen on, separated by <c>;</c>.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The largest request body accepted, in bytes (Kestrel's limit and the API's).</summary>
    public long MaxRequestBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The largest single article accepted, in characters of its text.</summary>
    public int MaxArticleChars { get; init; } = 2 * 1024 * 1024;

    /// <summary>A file listing RSS/Atom feed addresses to poll, one per line (<c>#</c> starts a comment), or null.</summary>
    public string? FeedsFile { get; init; }

    /// <summary>How often the feeds are polled.</summary>
    public TimeSpan FeedInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A folder whose new and changed article files are ingested, or null.</summary>
    public string? WatchFolder { get; init; }

    /// <summary>How often the watched folder is scanned.</summary>
    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether a background task indexes every story's entities (for <c>/api/entities</c> and the entity filter).</summary>
    public bool IndexEntities { get; init; } = true;

    /// <summary>
    /// How the analysis stages run over the articles the server ingests (and those pending at start): null runs them in
    /// this process; <c>wiredesk serve --cluster</c> sends them to an Orleans cluster.
    /// </summary>
    public Func<IArticleStore, CancellationToken, Task>? Analyze { get; init; }
}
