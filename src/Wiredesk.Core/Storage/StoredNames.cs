using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Storage;

/// <summary>
/// The lower-case names enum values are stored under, the same in every store. Spelled out rather than derived from <c>ToString()</c>,
/// so renaming a C# member cannot silently change what is on disk.
/// </summary>
public static class StoredNames
{
    /// <summary>The stored name of a paragraph kind.</summary>
    public static string Of(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Body => "body",
        ParagraphKind.Heading => "heading",
        ParagraphKind.Caption => "caption",
        ParagraphKind.Embed => "embed",
        ParagraphKind.Boilerplate => "boilerplate",
        ParagraphKind.Title => "title",
        ParagraphKind.Dateline => "dateline",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown paragraph kind."),
    };

    /// <summary>The stored name of an input format.</summary>
    public static string Of(InputFormat format) => format switch
    {
        InputFormat.Text => "text",
        InputFormat.Html => "html",
        InputFormat.Feed => "feed",
        InputFormat.JsonLines => "jsonlines",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown input format."),
    };

    /// <summary>The stored name of a date source.</summary>
    public static string Of(PublishedFrom from) => from switch
    {
        PublishedFrom.None => "none",
        PublishedFrom.Metadata => "metadata",
        PublishedFrom.Byline => "byline",
        PublishedFrom.Dateline => "dateline",
        PublishedFrom.Caption => "caption",
        PublishedFrom.Embed => "embed",
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, "Unknown date source."),
    };

    /// <summary>The stored name of a reuse kind.</summary>
    public static string Of(ReuseKind kind) => kind switch
    {
        ReuseKind.Duplicate => "duplicate",
        ReuseKind.Partial => "partial",
        ReuseKind.Quotation => "quotation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reuse kind."),
    };

    /// <summary>The paragraph kind stored under <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">The name is not one this code writes.</exception>
    public static ParagraphKind ToParagraphKind(string name) => name switch
    {
        "body" => ParagraphKind.Body,
        "heading" => ParagraphKind.Heading,
        "caption" => ParagraphKind.Caption,
        "embed" => ParagraphKind.Embed,
        "boilerplate" => ParagraphKind.Boilerplate,
        "title" => ParagraphKind.Title,
        "dateline" => ParagraphKind.Dateline,
        _ => throw Unknown("paragraph kind", name),
    };

    /// <summary>The input format stored under <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">The name is not one this code writes.</exception>
    public static InputFormat ToInputFormat(string name) => name switch
    {
        "text" => InputFormat.Text,
        "html" => InputFormat.Html,
        "feed" => InputFormat.Feed,
        "jsonlines" => InputFormat.JsonLines,
        _ => throw Unknown("input format", name),
    };

    /// <summary>The date source stored under <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">The name is not one this code writes.</exception>
    public static PublishedFrom ToPublishedFrom(string name) => name switch
    {
        "none" => PublishedFrom.None,
        "metadata" => PublishedFrom.Metadata,
        "byline" => PublishedFrom.Byline,
        "dateline" => PublishedFrom.Dateline,
        "caption" => PublishedFrom.Caption,
        "embed" => PublishedFrom.Embed,
        _ => throw Unknown("date source", name),
    };

    /// <summary>The reuse kind stored under <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">The name is not one this code writes.</exception>
    public static ReuseKind ToReuseKind(string name) => name switch
    {
        "duplicate" => ReuseKind.Duplicate,
        "partial" => ReuseKind.Partial,
        "quotation" => ReuseKind.Quotation,
        _ => throw Unknown("reuse kind", name),
    };

    private static InvalidDataException Unknown(string what, string name) =>
        new($"The store holds an unknown {what} '{name}'; it may have been written by a newer Wiredesk.");
}
