using Wiredesk.Core.Stories;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Stories;

public sealed class ArticleProfilerTests
{
    // One line with no break between headline and body: the cleaner finds no title in it.
    private const string RunOn =
        "Keldmouth dock strike halts grain exports as talks stall The strike at Keldmouth's grain terminal entered its third day on Friday, "
        + "with union leaders saying talks with the port authority had stalled over night-shift pay.";

    [Fact]
    public void An_article_without_a_title_takes_its_first_lead_words_as_title_words()
    {
        var document = Clean.Text(RunOn, "run-on");
        Assert.Null(document.Title);

        var profile = ArticleProfiler.Profile(document);

        Assert.Equal(ArticleProfiler.LeadTitleWords, profile.TitleWords.Count);
        Assert.Equal(["keldmouth", "dock", "strike", "halt", "grain", "export", "talk", "stall"], profile.TitleWords);
    }

    [Fact]
    public void An_article_with_a_title_keeps_the_title_words_only()
    {
        var document = Clean.Text("Grain exports stop at Keldmouth\n\n" + RunOn, "titled");

        var profile = ArticleProfiler.Profile(document);

        Assert.Equal("Grain exports stop at Keldmouth", document.Title);
        Assert.Equal(["grain", "export", "stop", "keldmouth"], profile.TitleWords);
    }

    [Fact]
    public void Lead_words_can_be_turned_off()
    {
        var profile = ArticleProfiler.Profile(Clean.Text(RunOn, "run-on"), leadWords: 0);

        Assert.Empty(profile.TitleWords);
    }
}
