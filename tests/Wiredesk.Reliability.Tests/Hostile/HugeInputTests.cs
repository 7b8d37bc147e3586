using Wiredesk.Cli.Input;
using Wiredesk.Core.Ingest;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Hostile;

[Collection(nameof(MeasuredAlone))]
public sealed class HugeInputTests
{
    private static async Task<(List<ReadResult> Results, long Allocated)> ReadFileAsync(string path, ReadLimits limits)
    {
        var results = new List<ReadResult>();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await foreach (var result in new InputReader(limits).ReadAsync(new InputFile(path, Path.GetFileNameWithoutExtension(path)), Stream.Null, TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return (results, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    [Fact]
    public async Task A_200_MB_single_line_text_file_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        var path = folder.File("line.txt");
        HugeInputs.WriteSingleLine(path, HugeInputs.TwoHundredMegabytes);

        var (results, allocated) = await ReadFileAsync(path, ReadLimits.Default);

        var problem = Assert.Single(Assert.Single(results).Problems);
        Assert.Equal($"{path}: error: the file is 200.0 MB; one article file may be at most 32.0 MB (see --max-bytes). JSON Lines files of any size are read line by line.", problem.ToString());
        Assert.True(allocated < 1024 * 1024, $"{allocated} bytes allocated to refuse the file");
    }

    [Fact]
    public async Task A_200_MB_single_json_line_is_skipped_without_holding_it_whole()
    {
        using var folder = new TempFolder();
        var path = folder.File("line.jsonl");
        HugeInputs.WriteSingleLine(path, HugeInputs.TwoHundredMegabytes);

        var (results, allocated) = await ReadFileAsync(path, ReadLimits.Default);

        var problem = Assert.Single(results.SelectMany(r => r.Problems));
        Assert.Equal(1, problem.Line);
        Assert.Contains("line 1 is over 32.0 MB, the most one article may be (see --max-bytes); skipped", problem.Message, StringComparison.Ordinal);

        // At most the limit's worth of characters (2 bytes each) is held, never the 400 MB the line would take as a string.
        Assert.True(allocated < 160L * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated to skip the line");
    }

    [Fact]
    public void A_200_MB_string_is_refused_by_every_reader_without_copying_it()
    {
        var text = new string('a', (int)HugeInputs.TwoHundredMegabytes);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var results = Enum.GetValues<InputFormat>().Select(format => (format, ArticleReader.Read("line", text, format, "line"))).ToList();

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        foreach (var (format, result) in results)
        {
            Assert.Empty(result.Articles);
            Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Error);
        }

        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated to refuse a 200 MB string four ways");
    }

    [Fact]
    public async Task A_50_MB_json_line_is_an_error_for_that_line_and_the_lines_around_it_are_read()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.jsonl");
        HugeInputs.WriteJsonLinesWithBigLine(path, HugeInputs.FiftyMegabytes);

        var (results, _) = await ReadFileAsync(path, ReadLimits.Default);

        Assert.Equal(["before", "after"], results.SelectMany(r => r.Articles).Select(a => a.Id));
        var problem = Assert.Single(results.SelectMany(r => r.Problems));
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public async Task A_50_MB_json_line_under_a_raised_limit_is_read_whole()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.jsonl");
        HugeInputs.WriteJsonLinesWithBigLine(path, HugeInputs.FiftyMegabytes);

        var (results, allocated) = await ReadFileAsync(path, new ReadLimits { MaxArticleBytes = 64L * 1024 * 1024 });

        var articles = results.SelectMany(r => r.Articles).ToList();
        Assert.Equal(["before", "huge", "after"], articles.Select(a => a.Id));
        Assert.True(articles[1].Text.Length > 50_000_000);
        Assert.Empty(results.SelectMany(r => r.Problems));
        Assert.True(allocated < 1024L * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated to read a 50 MB line");
    }
}
