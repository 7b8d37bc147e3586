namespace Wiredesk.Storage.Sqlite;

/// <summary>Turns a user's words into an FTS5 query that is always valid syntax.</summary>
internal static class FtsQuery
{
    /// <summary>
    /// Each whitespace-separated word as a quoted FTS5 phrase (a <c>"</c> inside is doubled), all of them required:
    /// <c>NATO's "chief</c> becomes <c>"NATO's" """chief"</c>. Operators and punctuation lose their meaning.
    /// </summary>
    public static string QuoteWords(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(word => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }
}
