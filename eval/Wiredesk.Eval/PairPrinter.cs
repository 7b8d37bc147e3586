using Wiredesk.Core.Documents;

namespace Wiredesk.Eval;

/// <summary>Prints the two texts of each pair, with each paragraph's kind, so that a miss can be read.</summary>
internal static class PairPrinter
{
    public static void Print(TextWriter to, string label, IEnumerable<(string A, string B)> pairs, Dictionary<string, Document> byId, ReuseStream.Result run)
    {
        foreach (var pair in pairs)
        {
            var relation = run.Relations.GetValueOrDefault(pair);
            to.WriteLine($"===== {label} {pair.A} {pair.B} relation={relation?.Kind.ToString() ?? "none"} cA={relation?.ContainmentA} cB={relation?.ContainmentB}");
            foreach (var id in new[] { pair.A, pair.B })
            {
                var document = byId[id];
                to.WriteLine($"--- {id} ({document.Source}, {document.PublishedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)})");
                foreach (var paragraph in document.Paragraphs)
                {
                    to.WriteLine($"[{paragraph.Kind}{(paragraph.Rule is null ? string.Empty : "/" + paragraph.Rule)}] {document.TextOf(paragraph)}");
                }
            }
        }
    }
}
