using System.Text;

namespace Wiredesk.Storage.Postgres;

/// <summary>
/// Adapts a user's query to <c>websearch_to_tsquery</c>, which accepts any text: besides its own syntax
/// (<c>"a phrase"</c>, <c>or</c>, <c>-word</c>), the upper-case operators of the SQLite store's FTS5 syntax keep their
/// meaning — <c>AND</c> is dropped (words are required anyway) and <c>NOT word</c> becomes <c>-word</c>.
/// </summary>
internal static class WebSearchQuery
{
    /// <summary>The query to give <c>websearch_to_tsquery</c>.</summary>
    public static string From(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder();
        var negateNext = false;
        var inPhrase = false;
        foreach (var word in words)
        {
            if (!inPhrase && word == "AND")
            {
                continue;
            }

            if (!inPhrase && word == "NOT")
            {
                negateNext = true;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(' ');
            }

            if (negateNext)
            {
                result.Append('-');
                negateNext = false;
            }

            result.Append(word);
            inPhrase ^= word.Count(c => c == '"') % 2 == 1;
        }

        return result.ToString();
    }
}
