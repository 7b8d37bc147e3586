namespace Wiredesk.Core.Ingest;

/// <summary>What a reader already knows about a block from its markup, before cleaning looks at its words.</summary>
public enum BlockHint
{
    /// <summary>Nothing known: cleaning decides from the text.</summary>
    None,

    /// <summary>A heading element (h1–h6) or a bold line standing alone.</summary>
    Heading,

    /// <summary>A figure caption.</summary>
    Caption,

    /// <summary>An embedded social post (a tweet, a Bluesky or Instagram post, a Telegram message).</summary>
    Embed,

    /// <summary>An item of a list.</summary>
    ListItem,

    /// <summary>Markup that is page furniture: bylines, share bars, "related" boxes, comment prompts.</summary>
    Boilerplate,
}
