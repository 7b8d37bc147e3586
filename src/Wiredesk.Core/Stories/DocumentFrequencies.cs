namespace Wiredesk.Core.Stories;

/// <summary>How many articles of the stream so far hold each word; updated online, one article at a time.</summary>
internal sealed class DocumentFrequencies
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public void Add(IEnumerable<string> words)
    {
        Documents++;
        foreach (var word in words)
        {
            _counts[word] = _counts.GetValueOrDefault(word) + 1;
        }
    }

    /// <summary>Smoothed inverse document frequency: rare words weigh more, a word in every article weighs little.</summary>
    public double Idf(string word) => Math.Log((Documents + 1.0) / (_counts.GetValueOrDefault(word) + 1.0)) + 1.0;
}
