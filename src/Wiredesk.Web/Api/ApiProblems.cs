namespace Wiredesk.Web.Api;

/// <summary>Errors as RFC 7807 problem details, each with a title that names the problem and a detail that says what to do.</summary>
internal static class ApiProblems
{
    public static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} with id '{id}' in this store.");

    public static IResult BadRequest(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail, extensions: extensions);

    public static IResult TooLarge(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large", detail: detail);

    public static IResult UnsupportedMediaType(string? contentType) =>
        Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported Content-Type",
            detail: $"Content-Type '{contentType ?? "(none)"}' is not accepted. Post application/json (one article object or an array of them), " +
                "application/x-ndjson (JSON Lines), text/html, text/plain, or an RSS/Atom feed (application/rss+xml, application/atom+xml).");
}
