using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Tests.Reuse;

/// <summary>The linear winnowing against its definition: the rightmost minimum of every window, each kept once.</summary>
public sealed class ReuseSignerTests
{
    [Theory]
    [InlineData(1, 16)]
    [InlineData(10, 16)]
    [InlineData(16, 16)]
    [InlineData(17, 16)]
    [InlineData(600, 16)]
    [InlineData(600, 4)]
    [InlineData(5000, 16)]
    public void Winnow_keeps_the_rightmost_minimum_of_every_window(int length, int window)
    {
        var random = new Random(length * 31 + window);
        // Few distinct values, so that ties inside a window are common.
        var shingles = Enumerable.Range(0, length).Select(_ => (ulong)random.Next(50) << 32).ToArray();

        Assert.Equal(Definition(shingles, window), ReuseSigner.Winnow(shingles, window));
    }

    [Fact]
    public void Winnow_on_generated_articles_matches_the_definition()
    {
        foreach (var article in new SyntheticNews(3).Articles(20))
        {
            var tokens = ReuseTokenizer.Tokenize(article.Document);
            var shingles = Enumerable.Range(0, tokens.Length - 4).Select(i => ReuseSigner.Shingle(tokens.AsSpan(i, 5))).ToArray();

            Assert.Equal(Definition(shingles, 16), ReuseSigner.Winnow(shingles, 16));
        }
    }

    private static uint[] Definition(ulong[] shingles, int window)
    {
        var selected = new List<uint>();
        var w = Math.Min(window, shingles.Length);
        var lastChosen = -1;
        for (var start = 0; start + w <= shingles.Length; start++)
        {
            var best = start;
            for (var i = start + 1; i < start + w; i++)
            {
                if (shingles[i] <= shingles[best])
                {
                    best = i;
                }
            }

            if (best != lastChosen)
            {
                selected.Add((uint)(shingles[best] >> 32));
                lastChosen = best;
            }
        }

        return [.. selected.Distinct().Order()];
    }
}
