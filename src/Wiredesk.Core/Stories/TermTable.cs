namespace Wiredesk.Core.Stories;

/// <summary>
/// The words of the stream so far, each with a small integer id (given in order of first sight, so the same stream
/// gives the same ids) and the number of articles that hold it; updated online, one article at a time.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
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
            if (!_ids.TryGetValue(word, out var id))
            {
                id = _ids.Count;
                _ids[word] = id;
                _documentFrequency.Add(0);
            }

            _documentFrequency[id]++;
            ids[i++] = id;
        }

        return ids;
    }

    /// <summary>The number of articles so far that hold the word <paramref name="id"/>.</summary>
    public int DocumentFrequency(int id) => _documentFrequency[id];

    /// <summary>The id of a word seen before, or -1.</summary>
    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

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
