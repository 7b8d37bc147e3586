using Wiredesk.Core.Tests.Support;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Time;

public sealed class TempEvalTests
{
    [Fact]
    public void Platinum_scores_stay_above_the_targets()
    {
        var folder = SharedData.Path("bench", "time", "te3", "platinum");
        var tagger = new TemporalTagger();
        var total = TimexScore.Empty;
        foreach (var file in Directory.EnumerateFiles(folder, "*.tml"))
        {
            var document = TimeMlReader.Parse(File.ReadAllText(file));
            total = total.Add(TimexScorer.Score(document.Timexes, tagger.Tag(document.Text, document.CreationTime)));
        }

        Assert.True(total.RelaxedF1 >= 0.90, $"relaxed F1 {total.RelaxedF1:P2}");
        Assert.True(total.ValueF1 >= 0.80, $"value F1 {total.ValueF1:P2}");
    }
}
