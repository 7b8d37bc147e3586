using Wiredesk.Core.Documents;
using Wiredesk.Core.Ingest;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Storage.Sqlite;

/// <summary>
/// The lower-case names enum values are stored under. Spelled out rather than derived from <c>ToString()</c>,
/// so renaming a C# member cannot silently change what is on disk.
/// </summary>
internal static class StoredNames
{
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

    public static string Of(InputFormat format) => format switch
    {
        InputFormat.Text => "text",
        InputFormat.Html => "html",
        InputFormat.Feed => "feed",
        InputFormat.JsonLines => "jsonlines",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown input format."),
    };

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

    public static string Of(ReuseKind kind) => kind switch
    {
        ReuseKind.Duplicate => "duplicate",
        ReuseKind.Partial => "partial",
        ReuseKind.Quotation => "quotation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reuse kind."),
    };

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

    public static InputFormat ToInputFormat(string name) => name switch
    {
        "text" => InputFormat.Text,
        "html" => InputFormat.Html,
        "feed" => InputFormat.Feed,
        "jsonlines" => InputFormat.JsonLines,
        _ => throw Unknown("input format", name),
    };

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
