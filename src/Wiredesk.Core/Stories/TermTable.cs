namespace Wiredesk.Core.Stories;

/// <summary>
/// The words of the stream so far, each with a small integer id (given in order of first sight, so the same stream
/// gives the same ids) and the number of articles that hold it; updated online, one article at a time.
/// </summary>
/// <remarks>
/// A stream keeps meeting new names, so the table of every word ever seen grows without end, and a lookup in a large
/// table is a cache miss. Most words of an article are common ones, so the words seen in <see cref="FrequentAt"/>
/// articles or more are also kept in a small table (at most <see cref="FrequentCapacity"/> words), looked up first: the
/// time per word then stays flat however large the whole table grows. Ids and counts are the same either way.
/// </remarks>
internal sealed partial class TermTable
{
    /// <summary>Articles a word must be seen in to enter the table of frequent words.</summary>
    internal const int FrequentAt = 16;

    /// <summary>Most words the table of frequent words holds; words past it are found in the whole table.</summary>
    internal const int FrequentCapacity = 1 << 16;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _frequent = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];

    public int Documents { get; private set; }

    /// <summary>Counts one more article holding <paramref name="words"/> and returns their ids, in the same order.</summary>
    public int[] Add(IReadOnlyCollection<string> words)
    {
        Documents++;
        var ids = new int[words.Count];
        var i = 0;
        foreach (var word in words)
        {
            if (!_frequent.TryGetValue(word, out var id) && !_ids.TryGetValue(word, out id))
            {
                id = _ids.Count;
                _ids[word] = id;
                _documentFrequency.Add(0);
            }

            if (++_documentFrequency[id] == FrequentAt && _frequent.Count < FrequentCapacity)
            {
                _frequent[word] = id;
            }

            ids[i++] = id;
        }

        return ids;
    }

    /// <summary>The number of articles so far that hold the word <paramref name="id"/>.</summary>
    public int DocumentFrequency(int id) => _documentFrequency[id];

    /// <summary>The id of a word seen before, or -1.</summary>
    public int IdOf(string word) => _frequent.TryGetValue(word, out var id) || _ids.TryGetValue(word, out id) ? id : -1;

    /// <summary>Smoothed inverse document frequency: rare words weigh more, a word in every article weighs little.</summary>
    public double Idf(int id) => LogOf(Documents + 1) - LogOf(_documentFrequency[id] + 1) + 1.0;

    /// <summary>ln <paramref name="n"/> for a positive count, from a table filled as counts grow: weighing calls it
    /// twice per word of every article.</summary>
    public double LogOf(int n)
    {
        if (n >= _logs.Count)
        {
            for (var i = _logs.Count; i <= n; i++)
            {
                _logs.Add(i == 0 ? double.NegativeInfinity : Math.Log(i));
            }
        }

        return _logs[n];
    }

    private readonly List<double> _logs = [];
}
