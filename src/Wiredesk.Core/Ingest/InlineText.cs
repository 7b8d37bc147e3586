using System.Text;
using AngleSharp.Dom;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Gathers the text of markup as a reader sees it: runs of whitespace collapse to one space, <c>&lt;br&gt;</c> becomes a
/// line break, block and cell boundaries separate words, and the result is trimmed.
/// </summary>
internal sealed class InlineText
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;

    /// <summary>The text of one node and its descendants.</summary>
    public static string Of(INode node)
    {
        var text = new InlineText();
        text.Append(node);
        return text.ToString();
    }

    /// <summary>Adds the text of <paramref name="node"/> and its descendants.</summary>
    public void Append(INode node)
    {
        switch (node)
        {
            case IText text:
                AppendText(text.Data);
                break;
            case IElement { LocalName: "br" }:
                AppendBreak();
                break;
            case IElement element:
                var separate = HtmlMarkers.IsBlock(element) || element.LocalName is "td" or "th";
                if (separate)
                {
                    _pendingSpace = true;
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child);
                }

                if (separate)
                {
                    _pendingSpace = true;
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Adds characters, collapsing whitespace.</summary>
    public void AppendText(string characters)
    {
        foreach (var c in characters)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append(' ');
            }

            _text.Append(c);
            _pendingSpace = false;
        }
    }

    /// <summary>Adds a line break; several in a row make one.</summary>
    public void AppendBreak()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }

        _pendingSpace = false;
    }

    /// <summary>The gathered text, trimmed.</summary>
    public override string ToString() => _text.ToString().Trim();
}
