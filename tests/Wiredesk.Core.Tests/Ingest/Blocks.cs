using Wiredesk.Core.Ingest;

namespace Wiredesk.Core.Tests.Ingest;

/// <summary>Reads an article's blocks back as (text, hint) pairs, checking on the way that every span is exact.</summary>
internal static class Blocks
{
    public static IReadOnlyList<(string Text, BlockHint Hint)> Of(RawArticle article)
    {
        Assert.NotNull(article.Blocks);
        var blocks = article.Blocks!.Select(b => (b.Span.Of(article.Text), b.Hint)).ToList();
        Assert.Equal(article.Text, string.Join("\n\n", blocks.Select(b => b.Item1)));
        Assert.All(blocks, b => Assert.Equal(b.Item1.Trim(), b.Item1));
        Assert.All(blocks, b => Assert.NotEmpty(b.Item1));
        return blocks;
    }

    public static RawArticle Single(ReadResult result)
    {
        Assert.Empty(result.Problems);
        return Assert.Single(result.Articles);
    }
}
