namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads a plain-text article. The text is kept exactly as given, so that every span points into it;
/// a leading <c>date YYYY-MM-DD</c> token and the paragraph structure are left to cleaning.
/// </summary>
public static class PlainTextParser
{
    /// <summary>Reads <paramref name="text"/> as the article <paramref name="id"/>.</summary>
    public static ReadResult Parse(string id, string text, string? origin)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failed(origin ?? id, "the file has no text (only whitespace)");
        }

        return ReadResult.Of(new RawArticle
        {
            Id = id,
            Format = InputFormat.Text,
            Text = text,
            ContentHash = ContentHash.Of(text),
            Origin = origin,
        });
    }
}
