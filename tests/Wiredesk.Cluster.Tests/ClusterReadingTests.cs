using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Orleans.Runtime;
using Wiredesk.Cluster.Tests.Support;
using Wiredesk.Cluster.Workers;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Pipeline;

namespace Wiredesk.Cluster.Tests;

public sealed class ClusterReadingTests
{
    [Fact]
    public async Task Inputs_read_on_the_workers_of_three_silos_give_what_reading_here_gives_in_the_order_handed_in()
    {
        var token = TestContext.Current.CancellationToken;
        var inputs = ClusterStream.Articles(400, seed: 31).Select(Render).ToList();
        inputs.Add(new InputBytes("cut-off", Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><title>Half"), ".rss", "feeds/cut-off.rss"));
        inputs.Add(new InputBytes("nothing", Encoding.UTF8.GetBytes("  \n\n "), ".txt", "nothing.txt"));
        var limits = ReadLimits.Default with { MaxParagraphs = 50 };
        var here = inputs.Select(i => InputCleaning.Clean(ArticleBytes.Read(i.Id, i.Bytes, i.Extension, i.Origin, limits: limits), i.Origin, new ArticleCleaner(), limits)).ToList();

        var cluster = await TestClusters.StartAsync(3);
        try
        {
            var reading = new ClusterReading(cluster.Client, limits, new ClusterAnalysisOptions { Workers = 6 });
            var pending = inputs.Select(i => reading.ReadAsync(i, token)).ToList();
            reading.Send(token);
            var there = await Task.WhenAll(pending);

            Assert.Equal(inputs.Count, there.Length);
            for (var i = 0; i < inputs.Count; i++)
            {
                Assert.Equal(JsonSerializer.Serialize(here[i]), JsonSerializer.Serialize(there[i]));
            }

            Assert.Equal(400, there.Sum(c => c.Documents.Count));
            Assert.Contains(there[^2].Problems, p => p.Origin == "feeds/cut-off.rss" && p.Severity == ProblemSeverity.Error);

            var workers = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics(null, null, token);
            var silos = workers.Where(w => w.GrainType.Contains("ArticleWorker", StringComparison.OrdinalIgnoreCase)).Select(w => w.SiloAddress).Distinct().Count();
            Assert.True(silos >= 2, $"the workers ran on {silos} silo(s)");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_silo_killed_while_batches_are_in_flight_loses_no_input()
    {
        var token = TestContext.Current.CancellationToken;
        var inputs = ClusterStream.Articles(1500, seed: 37).Select(Render).ToList();
        var cluster = await TestClusters.StartAsync(3);
        try
        {
            var reading = new ClusterReading(cluster.Client, ReadLimits.Default, new ClusterAnalysisOptions { Workers = 6, RetryDelay = TimeSpan.FromMilliseconds(200) });
            var pending = new List<Task<CleanedInput>>();
            Task? killing = null;
            for (var i = 0; i < inputs.Count; i++)
            {
                pending.Add(reading.ReadAsync(inputs[i], token));
                if (i == inputs.Count / 3)
                {
                    killing = cluster.KillSiloAsync(cluster.SecondarySilos[0], token);
                }
            }

            reading.Send(token);
            var there = await Task.WhenAll(pending).WaitAsync(token);
            await killing!;

            Assert.Equal(inputs.Count, there.Count(c => c.Documents.Count == 1));
            Assert.Equal(inputs.Select(i => i.Id), there.Select(c => c.Documents[0].Id));
            Assert.Equal(2, cluster.GetActiveSilos().Count());
            TestContext.Current.TestOutputHelper?.WriteLine($"{reading.Retries} batch(es) sent again");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    // Every third article as an HTML page, the rest as plain text opening with its date, as files on disk would be.
    private static InputBytes Render(Document document, int index)
    {
        var body = document.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).Select(p => p.Span.Of(document.Text)).ToList();
        var date = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "2026-01-01";
        if (index % 3 == 0)
        {
            var html = new StringBuilder($"<html><head><title>{WebUtility.HtmlEncode(document.Title ?? "")}</title><meta property=\"article:published_time\" content=\"{date}\"></head><body><article><h1>{WebUtility.HtmlEncode(document.Title ?? "")}</h1>");
            foreach (var paragraph in body)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
            }

            return new InputBytes(document.Id, Encoding.UTF8.GetBytes(html.Append("</article></body></html>").ToString()), ".html", document.Id + ".html");
        }

        var text = $"date {date}\n{document.Title}\n\n{string.Join("\n\n", body)}\n";
        return new InputBytes(document.Id, Encoding.UTF8.GetBytes(text), ".txt", document.Id + ".txt");
    }
}
