namespace Wiredesk.Web.Ingest;

/// <summary>What a posted body holds, by its Content-Type.</summary>
internal enum PostedFormat
{
    /// <summary>One JSON article object, or an array of them.</summary>
    JsonDocument,

    /// <summary>JSON Lines: one article object per line.</summary>
    JsonLines,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>An RSS or Atom feed.</summary>
    Feed,
}
