using System.Globalization;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Streaming;

/// <summary>
/// A JSON Lines file larger than the article limit is ingested line by line by the built <c>wiredesk</c>: every line is
/// stored and the process's peak resident set stays under a fixed bound, whatever the file's size.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class StreamingTests
{
    /// <summary>The bound on the peak resident set of <c>wiredesk ingest</c> on JSON Lines of any size (docs/reliability.md).</summary>
    public const long PeakBoundMegabytes = 400;

    /// <summary>The size ingested in CI, over the 32 MB article limit so that the file is streamed; WIREDESK_STREAM_MB changes it (1024 for the 1 GB figure).</summary>
    public const int MegabytesInCi = 64;

    [Fact]
    public async Task A_json_lines_file_over_the_article_limit_is_ingested_whole_in_bounded_memory()
    {
        var megabytes = int.TryParse(Environment.GetEnvironmentVariable("WIREDESK_STREAM_MB"), CultureInfo.InvariantCulture, out var mb) ? mb : MegabytesInCi;
        using var folder = new TempFolder();
        var path = folder.File("large.jsonl");
        var lines = ArticleStream.WriteLarge(path, megabytes);
        var db = folder.File("large.db");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, _, error, peak) = await WiredeskProcess.RunMeasuredAsync(TimeSpan.FromHours(1), "ingest", path, "--db", db);

        Assert.True(exit == 0, error);
        using var store = new StoreSnapshot(db);
        Assert.Equal(lines, store.Articles);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{new FileInfo(path).Length / 1024 / 1024} MB of JSON Lines, {lines:N0} articles, in {clock.Elapsed.TotalSeconds:0} s: peak resident set {peak / 1024 / 1024} MB"));
        Assert.InRange(peak, 1, PeakBoundMegabytes * 1024 * 1024);
    }
}
