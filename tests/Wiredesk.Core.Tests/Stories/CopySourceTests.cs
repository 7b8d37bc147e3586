using Wiredesk.Core.Reuse;
using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Tests.Stories;

public sealed class CopySourceTests
{
    private static ReuseRelation Relation(string a, string b, double containmentA, double containmentB, ReuseKind kind = ReuseKind.Partial) => new()
    {
        A = a, B = b, AKey = a, BKey = b, Kind = kind, ContainmentA = containmentA, ContainmentB = containmentB, Passages = [],
    };

    [Fact]
    public void The_placed_article_sharing_most_text_is_the_source()
    {
        var relations = new[] { Relation("new", "old1", 0.6, 0.5), Relation("new", "old2", 0.9, 0.8) };

        Assert.Equal("old2", CopySource.Find("new", relations, _ => true, 0.5));
    }

    [Fact]
    public void Articles_not_yet_placed_shared_quotes_and_small_overlaps_do_not_count()
    {
        var relations = new[]
        {
            Relation("new", "unplaced", 0.9, 0.9),
            Relation("quoted", "new", 0.9, 0.9, ReuseKind.Quotation),
            Relation("new", "small", 0.2, 0.1),
        };

        Assert.Null(CopySource.Find("new", relations, id => id != "unplaced", 0.5));
    }

    [Fact]
    public void A_longer_article_built_around_an_earlier_one_joins_it()
    {
        var relations = new[] { Relation("earlier", "longer", 0.95, 0.3) };

        Assert.Equal("earlier", CopySource.Find("longer", relations, _ => true, 0.5));
    }
}
