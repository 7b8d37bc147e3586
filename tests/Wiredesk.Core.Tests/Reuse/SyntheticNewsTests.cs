using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Tests.Reuse;

public sealed class SyntheticNewsTests
{
    [Fact]
    public void Equal_seeds_give_equal_articles_and_copies_name_an_earlier_source()
    {
        var first = new SyntheticNews(5).Articles(300).ToList();
        var again = new SyntheticNews(5).Articles(300).ToList();

        Assert.Equal(first.Select(a => a.Document.Text), again.Select(a => a.Document.Text));
        var copies = first.Where(a => a.SourceIndex is not null).ToList();
        Assert.InRange(copies.Count, 30, 90);
        Assert.All(copies, c => Assert.InRange(c.SourceIndex!.Value, 0, c.Index - 1));
    }

    [Fact]
    public void A_planted_copy_shares_passages_with_its_source()
    {
        var news = new SyntheticNews(9);
        var comparer = new ReuseComparer(ReuseOptions.Default);
        foreach (var copy in news.Articles(200).Where(a => a.SourceIndex is not null).Take(10))
        {
            var source = news.Article(copy.SourceIndex!.Value).Document;
            var relation = comparer.Compare(copy.Document, ReuseTokenizer.Tokenize(copy.Document), source, ReuseTokenizer.Tokenize(source));

            Assert.NotNull(relation);
            Assert.NotEmpty(relation.Passages);
        }
    }
}
