namespace Wiredesk.Core.Documents;

/// <summary>How an article's publication date was found. Never from the clock.</summary>
public enum PublishedFrom
{
    /// <summary>No date found.</summary>
    None,

    /// <summary>From metadata: a <c>date YYYY-MM-DD</c> line, an HTML meta tag, a feed item or a JSON field.</summary>
    Metadata,

    /// <summary>From a byline or meta line in the text ("News May 14, 2025 No Comments").</summary>
    Byline,

    /// <summary>From the dateline ("ANKARA, May 13 (Reuters) –").</summary>
    Dateline,

    /// <summary>From a photo caption ("… in Antalya, on May 15, 2025.").</summary>
    Caption,

    /// <summary>From the date of an embedded post (the article cannot be older than it).</summary>
    Embed,
}
