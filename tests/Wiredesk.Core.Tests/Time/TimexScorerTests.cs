using Wiredesk.Core.Text;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Tests.Time;

public sealed class TimexScorerTests
{
    [Fact]
    public void The_tagger_scores_perfectly_on_a_small_hand_made_document()
    {
        var document = TimeMlReader.Parse(TimeMlReaderTests.Document);

        var predicted = new TemporalTagger().Tag(document.Text, document.CreationTime);
        var score = TimexScorer.Score(document.Timexes, predicted);

        Assert.Equal(new TimexScore(2, 2, 2, 2, 2, 2), score);
        Assert.Equal(1.0, score.ValueF1);
    }

    [Fact]
    public void Overlaps_count_as_relaxed_matches_and_values_are_compared_on_them()
    {
        const string text = "The strike ended on Wednesday after more than three weeks.";
        TimeMlTimex Gold(string s, string type, string value) => new(new TextSpan(text.IndexOf(s, StringComparison.Ordinal), s.Length), s, type, value, null);
        TimeExpression Found(string s, TimeExpressionType type, string value) => new(new TextSpan(text.IndexOf(s, StringComparison.Ordinal), s.Length), s, type, value);
        var gold = new[] { Gold("Wednesday", "DATE", "2025-05-14"), Gold("three weeks", "DURATION", "P3W") };
        var predicted = new[]
        {
            Found("on Wednesday", TimeExpressionType.Date, "2025-05-14"),
            Found("more than three weeks", TimeExpressionType.Duration, "P3D"),
            Found("The strike", TimeExpressionType.Date, "XXXX"),
        };

        var score = TimexScorer.Score(gold, predicted);

        Assert.Equal(new TimexScore(Gold: 2, Predicted: 3, Strict: 0, Relaxed: 2, SameValue: 1, SameType: 2), score);
        Assert.Equal(0.8, score.RelaxedF1, 6);
        Assert.Equal(0.4, score.ValueF1, 6);
        Assert.Equal(0.0, score.StrictF1);
    }
}
