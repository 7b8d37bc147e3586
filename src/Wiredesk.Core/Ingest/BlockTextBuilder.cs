using System.Text;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>Joins block texts with a blank line between them and records each block's span.</summary>
internal sealed class BlockTextBuilder
{
    private const string Separator = "\n\n";
    private readonly StringBuilder _text = new();
    private readonly List<RawBlock> _blocks = [];

    /// <summary>Adds a block; an empty or whitespace-only one is skipped.</summary>
    public void Add(string text, BlockHint hint)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(Separator);
        }

        _blocks.Add(new RawBlock(new TextSpan(_text.Length, trimmed.Length), hint));
        _text.Append(trimmed);
    }

    /// <summary>The text and blocks so far.</summary>
    public ExtractedText Build() => new(_text.ToString(), _blocks.ToArray());
}
