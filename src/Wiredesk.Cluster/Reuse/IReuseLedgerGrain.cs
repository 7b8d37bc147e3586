namespace Wiredesk.Cluster.Reuse;

/// <summary>
/// The stream's order for one reuse index (key: the index name): gives each document key a sequence number, once, and
/// names the document behind a number. Registering a key again gives the number it got the first time.
/// </summary>
public interface IReuseLedgerGrain : IGrainWithStringKey
{
    /// <summary>The sequence numbers of <paramref name="keys"/>, new ones numbered in the order given.</summary>
    Task<int[]> RegisterAsync(string[] keys);

    /// <summary>The document keys behind sequence numbers.</summary>
    Task<string[]> KeysAsync(int[] seqs);

    /// <summary>Documents registered.</summary>
    Task<int> CountAsync();
}
