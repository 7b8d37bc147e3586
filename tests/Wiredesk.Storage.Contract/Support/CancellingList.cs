using System.Collections;
using Wiredesk.Core.Documents;

namespace Wiredesk.Storage.Contract.Support;

/// <summary>A batch that cancels a token when the store reaches one of its documents, to cancel a save mid-batch.</summary>
internal sealed class CancellingList(IReadOnlyList<Document> documents, int cancelAt, CancellationTokenSource source) : IReadOnlyList<Document>
{
    public int Count => documents.Count;

    public Document this[int index]
    {
        get
        {
            if (index == cancelAt)
            {
                source.Cancel();
            }

            return documents[index];
        }
    }

    public IEnumerator<Document> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
