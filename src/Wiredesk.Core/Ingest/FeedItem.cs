namespace Wiredesk.Core.Ingest;

/// <summary>One feed item or entry as its markup gives it, before it becomes an article.</summary>
internal sealed record FeedItem
{
    /// <summary>The title as written (it may hold entities and tags).</summary>
    public string? Title { get; init; }

    /// <summary>The item's address.</summary>
    public string? Link { get; init; }

    /// <summary>The item's stable identifier: RSS <c>guid</c>, Atom <c>id</c> or RDF <c>rdf:about</c>.</summary>
    public string? Guid { get; init; }

    /// <summary>The item's body.</summary>
    public string? Body { get; init; }

    /// <summary>Whether <see cref="Body"/> is HTML rather than plain text.</summary>
    public bool BodyIsHtml { get; init; }

    /// <summary>The author or authors, as written.</summary>
    public string? Author { get; init; }

    /// <summary>The date values present, best first, each with the field it came from.</summary>
    public IReadOnlyList<(string Value, string Field)> Dates { get; init; } = [];
}
