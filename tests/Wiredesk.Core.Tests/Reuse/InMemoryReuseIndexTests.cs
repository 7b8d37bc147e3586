using Wiredesk.Core.Reuse;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Reuse;

public sealed class InMemoryReuseIndexTests
{
    private const string Passage = "The dockworkers' union blamed a shortage of harbor pilots, saying the port had operated with nine pilots instead of fifteen since last summer and that ships were waiting hours for guidance at the outer anchorage.";

    [Fact]
    public void A_short_shared_passage_between_long_articles_makes_them_candidates()
    {
        var index = new InMemoryReuseIndex(ReuseOptions.Default);
        index.Add("long-a", Sign(Filler(1, 400) + "\n\n" + Passage + "\n\n" + Filler(2, 400)));
        index.Add("unrelated", Sign(Filler(3, 800)));

        var candidates = index.FindCandidates(Sign(Filler(4, 300) + "\n\n" + Passage.Replace("harbor", "harbour", StringComparison.Ordinal) + "\n\n" + Filler(5, 300)));

        var only = Assert.Single(candidates);
        Assert.Equal("long-a", only.DocumentKey);
        Assert.True(only.SharedFingerprints >= 1);
    }

    [Fact]
    public void A_near_duplicate_shares_lsh_bands()
    {
        var index = new InMemoryReuseIndex(ReuseOptions.Default);
        var text = Filler(7, 300);
        index.Add("original", Sign(text));

        var candidate = Assert.Single(index.FindCandidates(Sign(text + " One more closing sentence.")));

        Assert.True(candidate.SharedBands > 8, candidate.SharedBands.ToString());
    }

    [Fact]
    public void A_stock_phrase_held_by_many_documents_finds_none_of_them()
    {
        var options = ReuseOptions.Default with { MaxPostingsPerKey = 3 };
        var index = new InMemoryReuseIndex(options);
        for (var i = 0; i < 5; i++)
        {
            index.Add($"d{i}", Sign(Passage));
        }

        Assert.Empty(index.FindCandidates(Sign(Passage)));
    }

    [Theory]
    [InlineData(1000, 1, 100)]
    [InlineData(3, 2, 4)]
    public void Finding_and_adding_in_one_step_gives_the_candidates_of_finding_then_adding(int cap, int minShared, int maxCandidates)
    {
        var options = ReuseOptions.Default with { MaxPostingsPerKey = cap, MinSharedFingerprints = minShared, MaxCandidates = maxCandidates };
        var (separate, combined) = (new InMemoryReuseIndex(options), new InMemoryReuseIndex(options));
        var found = 0;
        foreach (var article in new SyntheticNews(5).Articles(400))
        {
            var signature = ReuseSigner.Sign(ReuseTokenizer.Tokenize(article.Document), options);
            var key = ((article.Index * 37) % 400).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var expected = separate.FindCandidates(signature);
            separate.Add(key, signature);

            Assert.Equal(expected, combined.FindCandidatesAndAdd(key, signature));
            found += expected.Count;
        }

        Assert.Equal(separate.IndexBytes, combined.IndexBytes);
        Assert.True(found >= 60, $"{found} candidates in all");
    }

    [Fact]
    public void An_index_sized_up_front_finds_the_same_candidates_as_one_that_grows()
    {
        var options = ReuseOptions.Default;
        var (growing, presized) = (new InMemoryReuseIndex(options), new InMemoryReuseIndex(options, expectedDocuments: 3000));
        var found = 0;
        foreach (var article in new SyntheticNews(11).Articles(3000))
        {
            var signature = ReuseSigner.Sign(ReuseTokenizer.Tokenize(article.Document), options);
            var expected = growing.FindCandidatesAndAdd(article.Document.Id, signature);

            Assert.Equal(expected, presized.FindCandidatesAndAdd(article.Document.Id, signature));
            found += expected.Count;
        }

        Assert.True(found >= 400, $"{found} candidates in all");
    }

    [Fact]
    public void Candidates_sharing_as_much_are_ordered_by_key_as_ordinal_comparison_orders_them()
    {
        string[] keys = ["syn00002", "syn00001", "syn000010", "", "a\0b", "a", "ā-long-key", "é", "z", "\uFFFF", "ab\u00FE", "ab\u00FF"];
        var index = new InMemoryReuseIndex(ReuseOptions.Default);
        var signature = Sign(Passage);
        foreach (var key in keys)
        {
            index.Add(key, signature);
        }

        var candidates = index.FindCandidates(signature);

        Assert.Equal(keys.Order(StringComparer.Ordinal), candidates.Select(c => c.DocumentKey));
    }

    private static ReuseSignature Sign(string text) =>
        ReuseSigner.Sign(ReuseTokenizer.Tokenize(Clean.Text(text)), ReuseOptions.Default);

    /// <summary>Distinct invented words, different for every seed, so that fillers share nothing.</summary>
    private static string Filler(int seed, int words)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => new string(Enumerable.Range(0, random.Next(3, 9)).Select(_ => (char)('a' + random.Next(26))).ToArray()))) + ".";
    }
}
