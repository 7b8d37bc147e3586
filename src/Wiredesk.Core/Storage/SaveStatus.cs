namespace Wiredesk.Core.Storage;

/// <summary>What saving one document did to the store.</summary>
public enum SaveStatus
{
    /// <summary>A new article was stored.</summary>
    Added,

    /// <summary>The same content was stored already (under this id or another): nothing changed.</summary>
    Unchanged,

    /// <summary>An article with this id but other content was stored: the new version replaced it.</summary>
    Updated,
}
