using AngleSharp.Dom;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads what a page's head, JSON-LD and byline markup say about its article: title, outlet, address, author,
/// language and publication date, each from the first source that has it.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] DateNames =
        ["pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "parsely-pub-date", "sailthru.date"];

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    /// <summary>The metadata of <paramref name="document"/>; read it before cleaning, which drops the JSON-LD scripts.</summary>
    public static ArticleMetadata Read(IDocument document)
    {
        var meta = new HtmlMetaTags(document);
        var jsonLd = JsonLdReader.Read(document);
        var url = Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? Absolute(meta.PropertyOrName("og:url"));
        var host = HostOf(url);
        var source = meta.PropertyOrName("og:site_name") ?? jsonLd.Publisher ?? host;
        var title = meta.PropertyOrName("og:title") ?? meta.PropertyOrName("twitter:title") ?? jsonLd.Headline
            ?? Text(document.QuerySelector("head > title") ?? document.QuerySelector("title"))
            ?? Text(document.QuerySelector("article h1, main h1") ?? document.QuerySelector("h1"));
        var (published, field) = ReadPublished(document, meta, jsonLd);
        return new ArticleMetadata
        {
            Title = title is null ? null : WithoutSiteSuffix(title, source, host),
            Source = source,
            Url = url,
            Author = ReadAuthor(document, meta, jsonLd),
            Language = Clean(document.DocumentElement?.GetAttribute("lang")),
            PublishedAt = published?.At,
            Published = published?.Date,
            PublishedField = field,
        };
    }

    /// <summary>Drops a trailing <c> | Site Name</c> (or <c> - Site Name</c>) when it names the outlet.</summary>
    internal static string WithoutSiteSuffix(string title, string? source, string? host)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var suffix = Squash(title[(at + separator.Length)..]);
            if (suffix.Length > 0 && (suffix == Squash(source) || suffix == Squash(host) || suffix == Squash(HostLabel(host))))
            {
                return title[..at].TrimEnd();
            }
        }

        return title;
    }

    private static string? ReadAuthor(IDocument document, HtmlMetaTags meta, JsonLdFacts jsonLd)
    {
        var fromMeta = new[] { meta.Name("author"), meta.Property("article:author") }
            .FirstOrDefault(a => a is not null && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        if (fromMeta is not null || jsonLd.Author is not null)
        {
            return fromMeta ?? jsonLd.Author;
        }

        var byline = Text(document.QuerySelector("[rel~=author]")) ?? Text(document.QuerySelector(".byline"));
        return byline is null ? null : WithoutBy(byline);
    }

    private static (ParsedDate? Date, string? Field) ReadPublished(IDocument document, HtmlMetaTags meta, JsonLdFacts jsonLd)
    {
        var candidates = new List<(string? Value, string Field)>
        {
            (meta.Property("article:published_time"), "meta[property=article:published_time]"),
        };
        candidates.AddRange(DateNames.Select(name => (meta.Name(name), $"meta[name={name}]")));
        candidates.Add((meta.ItemProp("datePublished"), "meta[itemprop=datePublished]"));
        candidates.Add((jsonLd.DatePublished, "json-ld datePublished"));
        var time = document.QuerySelectorAll("time[datetime]").FirstOrDefault(t => t.Closest("article, header, main, [itemprop=articleBody]") is not null);
        candidates.Add((time?.GetAttribute("datetime"), "time[datetime]"));

        foreach (var (value, field) in candidates)
        {
            if (DateText.TryParse(value, out var date))
            {
                return (date, field);
            }
        }

        return (null, null);
    }

    private static string? Text(IElement? element) => element is null ? null : Clean(InlineText.Of(element).Replace('\n', ' '));

    private static string WithoutBy(string byline) =>
        byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline[3..].TrimStart() : byline;

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? url!.Trim()
            : null;

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>The name part of a host: <c>dailyplanet</c> for <c>dailyplanet.example</c>.</summary>
    private static string? HostLabel(string? host) => host?.Split('.')[0];

    /// <summary>Letters and digits only, lower-cased, to compare site names however they are spaced and cased.</summary>
    private static string Squash(string? text) =>
        text is null ? string.Empty : string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
