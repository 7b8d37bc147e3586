using Wiredesk.Core.Text;

namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Turns a parse's leaves into coding tokens placed in the sentence's text: each leaf is looked for a little ahead of
/// the previous one (Treebank escapes such as <c>-LRB-</c> and <c>``</c> undone); a leaf that cannot be found gets a
/// zero-length span. Words joined by <c>_</c> become separate tokens with the leaf's tag.
/// </summary>
internal static class TreebankTokens
{
    private const int Window = 40;

    public static IReadOnlyList<CodingToken> FromParse(string text, TreebankNode root)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(root);
        var tokens = new List<CodingToken>();
        var position = 0;
        foreach (var leaf in root.Leaves())
        {
            var surface = Unescape(leaf.Word!);
            var span = Place(text, surface, ref position);
            var parts = surface.Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length <= 1)
            {
                tokens.Add(CodingToken.Of(surface, leaf.Label, span));
                continue;
            }

            var offset = span.Start;
            foreach (var part in parts)
            {
                var at = span.Length > 0 ? text.IndexOf(part, offset, StringComparison.OrdinalIgnoreCase) : -1;
                var partSpan = at >= 0 && at + part.Length <= span.End ? new TextSpan(at, part.Length) : new TextSpan(offset, 0);
                offset = partSpan.End;
                tokens.Add(CodingToken.Of(part, leaf.Label, partSpan));
            }
        }

        return tokens;
    }

    private static TextSpan Place(string text, string surface, ref int position)
    {
        var limit = Math.Min(text.Length, position + Window + surface.Length);
        var at = limit > position ? text.IndexOf(surface, position, limit - position, StringComparison.OrdinalIgnoreCase) : -1;
        if (at < 0 && surface is "\"" && limit > position)
        {
            at = text.IndexOfAny(['"', '“', '”', '\''], position, limit - position);
            if (at >= 0)
            {
                position = at + 1;
                return new TextSpan(at, 1);
            }
        }

        if (at < 0)
        {
            return new TextSpan(position, 0);
        }

        position = at + surface.Length;
        return new TextSpan(at, surface.Length);
    }

    private static string Unescape(string word) => word switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "``" or "''" => "\"",
        _ => word,
    };
}
