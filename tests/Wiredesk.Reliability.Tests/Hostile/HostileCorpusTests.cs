using System.Diagnostics;
using Wiredesk.Core.Ingest;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Hostile;

[Collection(nameof(MeasuredAlone))]
public sealed class HostileCorpusTests
{
    public static TheoryData<string> Inputs => new(HostileCorpus.All.Select(i => i.ToString()));

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Every_reader_and_stage_gives_an_error_or_a_whole_result_in_bounded_memory(string name)
    {
        var input = HostileCorpus.All.Single(i => i.ToString() == name);
        using var folder = new TempFolder();
        var path = folder.Write(input.FileName, input.Bytes);
        var watch = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var articles = await Readers.ReadEverywayAsync(input, path, ReadLimits.Default);
        foreach (var article in articles)
        {
            Stages.RunAll(article);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        TestContext.Current.SendDiagnosticMessage($"{name}: {input.Bytes.Length} bytes, {articles.Count} articles, {allocated / 1024 / 1024} MB allocated, {watch.ElapsedMilliseconds} ms");
        Console.WriteLine($"MEASURE {name}: {input.Bytes.Length} bytes, {articles.Count} articles, {allocated / 1024 / 1024} MB allocated, {watch.ElapsedMilliseconds} ms");
    }
}
