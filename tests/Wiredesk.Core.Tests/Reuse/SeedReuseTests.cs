using System.Text.Json;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Reuse;

/// <summary>Text reuse among the seeds, against the hand-made reference. Skips when the shared data is missing.</summary>
public sealed class SeedReuseTests
{
    private static readonly string[] SeedIds = ["000", "001", "002", "003", "004"];

    [Fact]
    public void The_000_001_pair_is_partial_and_its_passages_cover_the_reference()
    {
        var relations = AllPairs();
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.json")));
        var expected = gold.RootElement.GetProperty("reuse")[0];

        var pair = Assert.Single(relations, r => r.A.StartsWith("000", StringComparison.Ordinal) && r.B.StartsWith("001", StringComparison.Ordinal));
        Assert.Equal(ReuseKind.Partial, pair.Kind);
        var a = Seeds.Clean("000");
        var covered = expected.GetProperty("shared_passages").EnumerateArray()
            .Select(p => Seeds.Fold(p.GetString()!))
            .Count(p => pair.Passages.Any(passage => Seeds.Fold(passage.A.Of(a.Text)).Contains(p, StringComparison.Ordinal)));
        Assert.True(covered >= 6, $"{covered} of 7 reference passages covered");
        Assert.InRange(pair.ContainmentA, 0.3, 0.7);
    }

    [Fact]
    public void No_pair_the_reference_rules_out_is_reported_as_reuse()
    {
        var relations = AllPairs().Where(r => r.Kind != ReuseKind.Quotation).ToList();
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.json")));
        var ruledOut = gold.RootElement.GetProperty("reuse")[1].GetProperty("no_reuse_between").EnumerateArray()
            .Select(p => (p[0].GetString()!, p[1].GetString()!));

        foreach (var (x, y) in ruledOut)
        {
            Assert.DoesNotContain(relations, r => (r.A, r.B) == (x, y) || (r.A, r.B) == (y, x));
        }
    }

    private static List<ReuseRelation> AllPairs()
    {
        var documents = SeedIds.Select(Seeds.Clean).ToList();
        var tokens = documents.Select(ReuseTokenizer.Tokenize).ToList();
        var comparer = new ReuseComparer(ReuseOptions.Default);
        var relations = new List<ReuseRelation>();
        for (var i = 0; i < documents.Count; i++)
        {
            for (var j = i + 1; j < documents.Count; j++)
            {
                if (comparer.Compare(documents[i], tokens[i], documents[j], tokens[j]) is { } relation)
                {
                    relations.Add(relation);
                    TestContext.Current.SendDiagnosticMessage($"{relation.A} {relation.B} {relation.Kind} {relation.ContainmentA} {relation.ContainmentB} passages={relation.Passages.Count}");
                    foreach (var p in relation.Passages)
                    {
                        TestContext.Current.SendDiagnosticMessage($"   [{p.IsQuotation}] {p.A.Of(documents[i].Text)}");
                    }
                }
            }
        }

        return relations;
    }
}
