using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Stories;

public sealed class SeedStoryTests
{
    [Fact]
    public void The_five_seed_articles_form_one_story_with_the_copy_counted_once()
    {
        var documents = new[] { "000", "001", "002", "003", "004" }.Select(Seeds.Clean).ToList();
        var options = ReuseOptions.Default;
        var comparer = new ReuseComparer(options);
        var clusterer = new OnlineStoryClusterer();
        var placed = new List<(Wiredesk.Core.Documents.Document Document, ReuseToken[] Tokens)>();
        foreach (var document in documents.OrderBy(d => d.Published ?? DateOnly.MaxValue))
        {
            var tokens = ReuseTokenizer.Tokenize(document);
            var relations = placed.Select(p => comparer.Compare(document, tokens, p.Document, p.Tokens)).OfType<ReuseRelation>().ToList();
            clusterer.Add(ArticleProfiler.Profile(document), CopySource.Find(document.Id, relations, _ => true, StoryOptions.Default.CopyContainment));
            placed.Add((document, tokens));
        }

        var story = Assert.Single(clusterer.Stories());
        Assert.Equal(5, story.Documents.Count);
        Assert.Equal(4, story.IndependentSources);
    }
}
