using Microsoft.Extensions.Hosting;
using System.CommandLine;
using Wiredesk.Cluster;
using Wiredesk.Cluster.Hosting;
using Wiredesk.Core.Analysis;
using Wiredesk.Web.Hosting;

namespace Wiredesk.Cli.Commands;

/// <summary><c>wiredesk serve</c>: the JSON API and the story pages over the store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CommonOptions options, CliConsole console)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (loopback by default; name another address to expose the server)",
            DefaultValueFactory = _ => WebServerOptions.DefaultUrls,
        };
        var feeds = new Option<string?>("--feeds") { Description = "A file of RSS/Atom feed addresses, one per line, polled for new articles" };
        var feedInterval = new Option<int>("--feed-interval")
        {
            Description = "Seconds between two polls of the feeds",
            DefaultValueFactory = _ => 300,
        };
        var watch = new Option<string?>("--watch") { Description = "A folder whose new and changed article files are ingested" };
        var maxRequest = new Option<long>("--max-request-bytes")
        {
            Description = "The largest request body accepted, in bytes",
            DefaultValueFactory = _ => new WebServerOptions().MaxRequestBytes,
        };
        var noEntityIndex = new Option<bool>("--no-entity-index") { Description = "Do not index every story's entities in the background (the entity filter and /api/entities then know nothing)" };
        var command = new Command("serve", "Serve the store over HTTP: a JSON API, an OpenAPI document and story pages")
        {
            urls, feeds, feedInterval, watch, maxRequest, noEntityIndex, options.Cluster,
        };
        command.SetAction((parse, cancellationToken) => StoreCommand.WithStoreAsync(parse.GetValue(options.Db)!, console, async store =>
        {
            if (parse.GetValue(feeds) is { } feedFile && !File.Exists(feedFile))
            {
                await console.Error.WriteLineAsync($"{feedFile}: error: no such feed list").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (parse.GetValue(feedInterval) < 1)
            {
                await console.Error.WriteLineAsync("wiredesk: error: --feed-interval must be at least 1 second").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            // With --cluster, the server stays connected to the cluster and sends every analysis there.
            var cluster = parse.GetValue(options.Cluster) is { } connection
                ? await ClusterClient.ConnectAsync(ClusterConnection.Parse(connection), cancellationToken).ConfigureAwait(false)
                : null;
            try
            {
                var settings = new WebServerOptions
                {
                    Analyze = cluster is null ? null : (analysed, token) => new ClusterAnalysis(cluster.Grains).AnalyzePendingAsync(analysed, StoreAnalysis.Unobserved, token),
                    Urls = parse.GetValue(urls)!,
                    FeedsFile = parse.GetValue(feeds),
                    FeedInterval = TimeSpan.FromSeconds(parse.GetValue(feedInterval)),
                    WatchFolder = parse.GetValue(watch),
                    MaxRequestBytes = parse.GetValue(maxRequest),
                    IndexEntities = !parse.GetValue(noEntityIndex),
                };
                var app = WiredeskServer.Create(store, settings);
                await using (app.ConfigureAwait(false))
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                    await console.Error.WriteLineAsync($"Serving {parse.GetValue(options.Db)} on {settings.Urls}{(cluster is null ? "" : ", analysing on the cluster")} (Ctrl+C stops)").ConfigureAwait(false);
                    await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                if (cluster is not null)
                {
                    await cluster.DisposeAsync().ConfigureAwait(false);
                }
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
