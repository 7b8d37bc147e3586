using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Wiredesk.Core.Ingest;
using Wiredesk.Web.Api;
using Wiredesk.Web.Hosting;

namespace Wiredesk.Web.Ingest;

/// <summary>
/// Reads the body of <c>POST /api/articles</c> into raw articles by its Content-Type: a JSON object or array of article
/// objects, JSON Lines, HTML, plain text or a feed. Refuses bodies and articles over the size limits, and says what is
/// wrong with a body it cannot read as a problem, never as an exception.
/// </summary>
internal static partial class PostedBody
{
    public const string Origin = "POST /api/articles";

    /// <summary>The main Content-Types accepted, as the OpenAPI document lists them.</summary>
    public static readonly IReadOnlyList<string> MediaTypes = ["application/json", "application/x-ndjson", "text/html", "text/plain", "application/rss+xml", "application/atom+xml"];

    public static async Task<(ReadResult? Read, IResult? Problem)> ReadAsync(HttpRequest request, WebServerOptions options, CancellationToken cancellationToken)
    {
        var id = request.Query["id"].ToString();
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            return (null, ApiProblems.BadRequest("Invalid id", "The id must be 1 to 200 letters, digits, '.', '_', ':' or '-', starting with a letter or digit."));
        }

        var format = FormatOf(request.ContentType);
        if (format is null)
        {
            return (null, ApiProblems.UnsupportedMediaType(request.ContentType));
        }

        var (bytes, tooLarge) = await ReadBytesAsync(request, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return (null, tooLarge);
        }

        if (bytes.Length == 0)
        {
            return (null, ApiProblems.BadRequest("Empty body", "The request has no body: post the article (or articles) in it."));
        }

        var fileId = id.Length > 0 ? id : "post-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..12];
        ReadResult read;
        if (format == PostedFormat.JsonDocument)
        {
            var (lines, problem) = JsonToLines(bytes);
            if (problem is not null)
            {
                return (null, problem);
            }

            read = JsonLinesParser.Parse(fileId, lines!, Origin);
        }
        else
        {
            var inputFormat = format switch
            {
                PostedFormat.JsonLines => InputFormat.JsonLines,
                PostedFormat.Html => InputFormat.Html,
                PostedFormat.Feed => InputFormat.Feed,
                _ => InputFormat.Text,
            };
            read = ArticleBytes.Read(fileId, bytes, null, Origin, inputFormat);
        }

        if (read.Articles.FirstOrDefault(a => a.Text.Length > options.MaxArticleChars) is { } large)
        {
            return (null, ApiProblems.TooLarge(string.Create(CultureInfo.InvariantCulture, $"Article '{large.Id}' is {large.Text.Length:N0} characters long; one article may be at most {options.MaxArticleChars:N0}.")));
        }

        if (read.Articles.Count == 0)
        {
            var messages = read.Problems.Select(p => p.Line is { } line ? $"line {line}: {p.Message}" : p.Message).ToList();
            return (null, ApiProblems.BadRequest(
                "No article could be read",
                messages.Count == 0 ? "The body holds no article." : "No article could be read from the body: " + string.Join("; ", messages.Take(5)),
                new Dictionary<string, object?> { ["problems"] = messages }));
        }

        return (read, null);
    }

    private static PostedFormat? FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            return null;
        }

        return type.ToLowerInvariant() switch
        {
            "application/json" => PostedFormat.JsonDocument,
            "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => PostedFormat.JsonLines,
            "text/html" or "application/xhtml+xml" => PostedFormat.Html,
            "text/plain" => PostedFormat.Text,
            "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" => PostedFormat.Feed,
            _ => null,
        };
    }

    private static async Task<(byte[] Bytes, IResult? Problem)> ReadBytesAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var detail = string.Create(CultureInfo.InvariantCulture, $"The body may be at most {limit:N0} bytes; post large collections in several requests.");
        if (request.ContentLength > limit)
        {
            return ([], ApiProblems.TooLarge(detail));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    return ([], ApiProblems.TooLarge(detail));
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ([], ApiProblems.TooLarge(detail));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.ToArray(), null);
    }

    // A JSON object or an array of objects as JSON Lines, one compact object per line.
    private static (string? Lines, IResult? Problem) JsonToLines(byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32 });
            var items = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
            var lines = new StringBuilder();
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].ValueKind != JsonValueKind.Object)
                {
                    return (null, ApiProblems.BadRequest("Not an article object", string.Create(CultureInfo.InvariantCulture,
                        $"Item {i + 1} is a JSON {items[i].ValueKind.ToString().ToLowerInvariant()}; each article must be an object with \"text\" or \"html\" (and optionally id, title, url, source, author, published).")));
                }

                using var line = new MemoryStream();
                using (var writer = new Utf8JsonWriter(line))
                {
                    items[i].WriteTo(writer);
                }

                lines.Append(Encoding.UTF8.GetString(line.ToArray())).Append('\n');
            }

            return (lines.ToString(), null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.BadRequest("Invalid JSON", $"The body is not valid JSON: {ex.Message}"));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex IdPattern();
}
