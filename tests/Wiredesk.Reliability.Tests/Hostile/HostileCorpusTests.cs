using Wiredesk.Core.Ingest;
using Wiredesk.Reliability.Tests.Support;

namespace Wiredesk.Reliability.Tests.Hostile;

[Collection(nameof(MeasuredAlone))]
public sealed class HostileCorpusTests
{
    /// <summary>Bytes allocated, through every reader and every stage together, per byte of input, over a fixed allowance.</summary>
    public const long AllocationPerInputByte = 1_000;

    public const long AllocationAllowance = 64L * 1024 * 1024;

    public static TheoryData<string> Inputs => new(HostileCorpus.All.Select(i => i.ToString()));

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Every_reader_and_stage_gives_an_error_or_a_whole_result_in_bounded_memory(string name)
    {
        var input = HostileCorpus.All.Single(i => i.ToString() == name);
        using var folder = new TempFolder();
        var path = folder.Write(input.FileName, input.Bytes);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var articles = await Readers.ReadEverywayAsync(input, path, ReadLimits.Default);
        foreach (var article in articles)
        {
            Stages.RunAll(article);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var budget = AllocationAllowance + (AllocationPerInputByte * input.Bytes.Length);
        Assert.True(allocated <= budget, $"{name}: {allocated / 1024 / 1024} MB allocated for {input.Bytes.Length} bytes of input; the budget is {budget / 1024 / 1024} MB");
    }

    [Fact]
    public void The_corpus_holds_at_least_the_inputs_docs_reliability_md_counts()
    {
        // The table in docs/reliability.md gives these counts; the corpus may grow, never shrink below them.
        var documented = new Dictionary<string, int>
        {
            ["random-bytes"] = 44,
            ["nul-bytes"] = 7,
            ["invalid-utf8"] = 13,
            ["utf16-without-bom"] = 8,
            ["deep-nesting"] = 11,
            ["unbalanced-quotes"] = 7,
            ["invisible-controls"] = 7,
            ["combining-marks"] = 6,
            ["xml-attacks"] = 12,
        };

        Assert.Equal(documented.Keys.Order(), HostileCorpus.Classes.Order());
        foreach (var (@class, count) in documented)
        {
            Assert.True(HostileCorpus.CountOf(@class) >= count, $"{@class}: {HostileCorpus.CountOf(@class)} inputs, docs/reliability.md says {count}");
        }
    }
}
