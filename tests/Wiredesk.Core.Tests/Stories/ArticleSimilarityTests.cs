using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Tests.Stories;

public sealed class ArticleSimilarityTests
{
    private static ArticleSimilarity Counted(params ArticleProfile[] articles)
    {
        var similarity = new ArticleSimilarity();
        foreach (var article in articles)
        {
            similarity.Count(article);
        }

        return similarity;
    }

    [Fact]
    public void The_score_is_the_same_whichever_article_comes_first()
    {
        var (post, signal, talks) = (ArticleProfiler.Profile(StoryFixtures.FerryHarbourPost()), ArticleProfiler.Profile(StoryFixtures.FerryValleySignal()), ArticleProfiler.Profile(StoryFixtures.TalksMarch()));
        var similarity = Counted(post, signal, talks);

        Assert.Equal(similarity.Score(post, signal), similarity.Score(signal, post));
        Assert.Equal(similarity.Score(post, talks), similarity.Score(talks, post));
    }

    [Fact]
    public void One_event_in_other_words_scores_above_the_same_kind_of_news_elsewhere()
    {
        var (post, signal) = (ArticleProfiler.Profile(StoryFixtures.FerryHarbourPost()), ArticleProfiler.Profile(StoryFixtures.FerryValleySignal()));
        var (keloria, sarnia) = (ArticleProfiler.Profile(StoryFixtures.QuakeKeloria()), ArticleProfiler.Profile(StoryFixtures.QuakeSarnia()));
        var similarity = Counted(post, signal, keloria, sarnia, ArticleProfiler.Profile(StoryFixtures.TalksMarch()));

        var sameEvent = similarity.Score(post, signal);

        Assert.True(sameEvent > 0.5, $"same ferry collision: {sameEvent}");
        Assert.True(sameEvent > similarity.Score(keloria, sarnia), "two earthquakes in different places");
        Assert.True(similarity.Score(post, keloria) < 0.5, "a ferry collision and an earthquake");
    }
}
