using Wiredesk.Core.Stories;

namespace Wiredesk.Core.Tests.Stories;

public sealed class TermTableTests
{
    [Fact]
    public void Ids_follow_first_sight_and_counts_hold_once_a_word_is_frequent()
    {
        var table = new TermTable();
        var rounds = TermTable.FrequentAt + 5;
        for (var i = 0; i < rounds; i++)
        {
            // "ferry" is in every article and so becomes a frequent word; each article also has a word of its own.
            var ids = table.Add(["ferry", $"harbour{i}"]);

            Assert.Equal(0, ids[0]);
            Assert.Equal(i + 1, ids[1]);
        }

        Assert.Equal(rounds, table.Documents);
        Assert.Equal(rounds, table.DocumentFrequency(table.IdOf("ferry")));
        Assert.Equal(1, table.DocumentFrequency(table.IdOf("harbour3")));
        Assert.Equal(-1, table.IdOf("keldmouth"));
        Assert.True(table.Idf(table.IdOf("ferry")) < table.Idf(table.IdOf("harbour3")));
    }

    [Fact]
    public void A_word_counted_past_the_frequent_level_keeps_its_id_and_count()
    {
        var table = new TermTable();
        for (var i = 0; i < (2 * TermTable.FrequentAt) + 1; i++)
        {
            table.Add(i % 2 == 0 ? ["inquiry", "ferry"] : ["ferry"]);
        }

        Assert.Equal(1, table.IdOf("ferry"));
        Assert.Equal(0, table.IdOf("inquiry"));
        Assert.Equal((2 * TermTable.FrequentAt) + 1, table.DocumentFrequency(1));
        Assert.Equal(TermTable.FrequentAt + 1, table.DocumentFrequency(0));
    }
}
