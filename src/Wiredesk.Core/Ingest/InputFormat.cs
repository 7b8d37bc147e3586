namespace Wiredesk.Core.Ingest;

/// <summary>The kinds of input Wiredesk reads.</summary>
public enum InputFormat
{
    /// <summary>Plain text, optionally opening with <c>date YYYY-MM-DD</c>.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed; each item is an article.</summary>
    Feed,

    /// <summary>JSON Lines, one article object per line.</summary>
    JsonLines,
}
