using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Tests.Reuse;

public sealed class PostingTableTests
{
    [Fact]
    public void A_key_held_once_gives_back_its_one_document()
    {
        var table = new PostingTable();
        table.Add(42, 7, cap: 1000);

        Assert.Equal([7], Collect(table, 42, 1000));
        Assert.Empty(Collect(table, 43, 1000));
        Assert.Equal(1, table.Postings);
    }

    [Fact]
    public void A_list_keeps_every_document_in_the_order_added_as_it_outgrows_its_blocks()
    {
        var table = new PostingTable();
        for (var document = 0; document < 300; document++)
        {
            table.Add(9, document, cap: 1000);
            table.Add((uint)(1000 + document), document, cap: 1000);
        }

        Assert.Equal(Enumerable.Range(0, 300), Collect(table, 9, 1000));
        Assert.Equal([150], Collect(table, 1150, 1000));
        Assert.Equal(600, table.Postings);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void A_key_is_listed_up_to_the_cap_and_never_after(int cap)
    {
        var table = new PostingTable();
        for (var document = 0; document < 8; document++)
        {
            Assert.Equal(Enumerable.Range(0, Math.Min(document, cap + 1)).Where(_ => document <= cap), Collect(table, 5, cap));
            table.Add(5, document, cap);
        }

        Assert.Empty(Collect(table, 5, cap));
        Assert.Equal(0, table.Postings);
    }

    [Fact]
    public void The_blocks_of_a_capped_key_are_used_again()
    {
        var table = new PostingTable();
        for (var document = 0; document < 9; document++)
        {
            table.Add(1, document, cap: 8);
        }

        var bytes = table.Bytes;
        for (var document = 0; document < 8; document++)
        {
            table.Add(2, document, cap: 8);
        }

        Assert.Equal(bytes, table.Bytes);
        Assert.Equal(Enumerable.Range(0, 8), Collect(table, 2, 8));
    }

    [Fact]
    public void Collecting_and_adding_in_one_lookup_lists_what_was_there_before()
    {
        var table = new PostingTable();
        var before = new List<int>();
        table.CollectAndAdd(0, 1, cap: 3, before);
        table.CollectAndAdd(0, 2, cap: 3, before);

        Assert.Equal([1], before);
        Assert.Equal([1, 2], Collect(table, 0, 3));
    }

    [Fact]
    public void Keys_survive_the_table_growing()
    {
        var table = new PostingTable();
        var random = new Random(3);
        var keys = Enumerable.Range(0, 20_000).Select(_ => (uint)random.NextInt64(uint.MaxValue + 1L)).Distinct().ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            table.Add(keys[i], i, cap: 1000);
        }

        Assert.Equal(keys.Count, table.Keys);
        Assert.All(Enumerable.Range(0, keys.Count).Where(i => i % 97 == 0), i => Assert.Equal([i], Collect(table, keys[i], 1000)));
    }

    private static List<int> Collect(PostingTable table, uint key, int cap)
    {
        var into = new List<int>();
        table.Collect(key, cap, into);
        return into;
    }
}
