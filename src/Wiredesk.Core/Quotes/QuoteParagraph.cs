using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>One analysed paragraph: its tokens, which quoted region each lies in, its sentences and the people it names.</summary>
internal sealed class QuoteParagraph
{
    public QuoteParagraph(int index, TextSpan span, Token[] tokens)
    {
        Index = index;
        Span = span;
        Tokens = tokens;
        Region = new int[tokens.Length];
        Array.Fill(Region, -1);
    }

    /// <summary>The paragraph's index in the document.</summary>
    public int Index { get; }

    public TextSpan Span { get; }

    public Token[] Tokens { get; }

    /// <summary>For each token, the quoted region it lies in (marks included), or -1.</summary>
    public int[] Region { get; }

    /// <summary>Sentences as token ranges [Start, End); quoted regions never split one.</summary>
    public List<(int Start, int End)> Sentences { get; } = [];

    /// <summary>The people named outside quotation marks.</summary>
    public List<PersonMention> People { get; } = [];

    public bool InQuote(int token) => Region[token] >= 0;
}
