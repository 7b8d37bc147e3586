namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// Reads one bracketed Penn Treebank parse, <c>(ROOT (S (NP (NNP Arnor)) (VP …)))</c>; throws
/// <see cref="FormatException"/> on unbalanced brackets or a bracket without a label.
/// </summary>
internal static class TreebankReader
{
    public static TreebankNode Read(string parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var position = 0;
        SkipSpace(parse, ref position);
        if (position >= parse.Length || parse[position] != '(')
        {
            throw new FormatException("a parse starts with '('");
        }

        var root = Node(parse, ref position);
        SkipSpace(parse, ref position);
        if (position < parse.Length)
        {
            throw new FormatException($"unexpected text after the parse at offset {position}");
        }

        return root;
    }

    private static TreebankNode Node(string text, ref int position)
    {
        position++; // '('
        SkipSpace(text, ref position);
        var label = Atom(text, ref position);
        var children = new List<TreebankNode>();
        string? word = null;
        while (true)
        {
            SkipSpace(text, ref position);
            if (position >= text.Length)
            {
                throw new FormatException($"the bracket opened for '{label}' is never closed");
            }

            if (text[position] == ')')
            {
                position++;
                break;
            }

            if (text[position] == '(')
            {
                children.Add(Node(text, ref position));
            }
            else
            {
                var atom = Atom(text, ref position);
                word = word is null ? atom : word + " " + atom;
            }
        }

        if (label.Length == 0 && children.Count == 1 && word is null)
        {
            return children[0];
        }

        if (label.Length == 0)
        {
            throw new FormatException("a bracket without a label");
        }

        return word is not null && children.Count == 0
            ? new TreebankNode(label, word, [])
            : new TreebankNode(label, null, children);
    }

    private static string Atom(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not '(' and not ')')
        {
            position++;
        }

        return text[start..position];
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
