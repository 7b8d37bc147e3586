using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>A block while cleaning decides what it is; becomes a <see cref="Paragraph"/>.</summary>
internal sealed class WorkBlock(TextSpan span, BlockHint hint)
{
    public TextSpan Span { get; set; } = span;

    public BlockHint Hint { get; } = hint;

    public ParagraphKind? Kind { get; private set; }

    public string? Rule { get; private set; }

    public EmbeddedPost? Embed { get; private set; }

    /// <summary>Set when the block was folded into the one before it (an embed's signature line).</summary>
    public bool Absorbed { get; set; }

    public bool IsDecided => Kind is not null;

    public void Decide(ParagraphKind kind, string? rule, EmbeddedPost? embed = null)
    {
        Kind = kind;
        Rule = rule;
        Embed = embed;
    }
}
