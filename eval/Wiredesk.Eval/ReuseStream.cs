using Wiredesk.Core.Documents;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Eval;

/// <summary>Streams documents through the reuse index in the order given: tokenize, sign, find candidates, compare, add.</summary>
internal static class ReuseStream
{
    internal sealed record Result(Dictionary<(string A, string B), ReuseRelation> Relations, HashSet<(string A, string B)> CandidatePairs, int Compared);

    public static Result Run(IReadOnlyList<Document> documents, ReuseOptions options)
    {
        var index = new InMemoryReuseIndex(options);
        var comparer = new ReuseComparer(options);
        var seen = new Dictionary<string, (Document Document, ReuseToken[] Tokens)>(StringComparer.Ordinal);
        var relations = new Dictionary<(string, string), ReuseRelation>();
        var candidatePairs = new HashSet<(string, string)>();
        var compared = 0;
        foreach (var document in documents)
        {
            var tokens = ReuseTokenizer.Tokenize(document);
            var signature = ReuseSigner.Sign(tokens, options);
            foreach (var candidate in index.FindCandidatesAndAdd(document.Id, signature))
            {
                var (other, otherTokens) = seen[candidate.DocumentKey];
                candidatePairs.Add(Ordered(document.Id, other.Id));
                compared++;
                if (comparer.Compare(document, tokens, other, otherTokens) is { } relation)
                {
                    relations[(relation.A, relation.B)] = relation;
                }
            }

            seen[document.Id] = (document, tokens);
        }

        return new Result(relations, candidatePairs, compared);
    }

    private static (string, string) Ordered(string x, string y) => string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);
}
