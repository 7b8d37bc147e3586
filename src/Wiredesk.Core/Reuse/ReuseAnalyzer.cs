using Wiredesk.Core.Storage;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// The reuse stage over a store: every stored document not yet analysed is signed, checked against everything indexed
/// before it, aligned with its candidates, and saved with its relations in one transaction. A crash leaves the document
/// pending, to be analysed on the next run; analysing twice changes nothing.
/// </summary>
public sealed class ReuseAnalyzer(IReuseStore store, ReuseOptions options)
{
    private readonly ReuseComparer _comparer = new(options);

    /// <summary>Analyses every pending document; reports each one done to <paramref name="progress"/>. Returns how many were analysed.</summary>
    public async Task<int> AnalyzePendingAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var pending = await store.PendingReuseAsync(cancellationToken).ConfigureAwait(false);
        var done = 0;
        foreach (var key in pending)
        {
            var document = await store.GetByHashAsync(key, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                continue;
            }

            var tokens = ReuseTokenizer.Tokenize(document);
            var signature = ReuseSigner.Sign(tokens, options);
            var candidates = await store.FindReuseCandidatesAsync(signature, options, cancellationToken).ConfigureAwait(false);
            var relations = new List<ReuseRelation>();
            foreach (var candidate in candidates.Where(c => c.DocumentKey != key))
            {
                var other = await store.GetByHashAsync(candidate.DocumentKey, cancellationToken).ConfigureAwait(false);
                if (other is not null && _comparer.Compare(document, tokens, other, ReuseTokenizer.Tokenize(other)) is { } relation)
                {
                    relations.Add(relation);
                }
            }

            await store.SaveReuseAsync(key, signature, relations, options, cancellationToken).ConfigureAwait(false);
            done++;
            progress?.Report(done);
        }

        return done;
    }
}
