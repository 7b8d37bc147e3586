using System.Text.RegularExpressions;
using Wiredesk.Core.Cleaning;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>
/// Reads a plain-text article. The text is kept exactly as given, so that every span points into it;
/// a leading <c>date YYYY-MM-DD</c> token and the paragraph structure are left to cleaning. A text that opens with
/// <c>date</c> and a number that is not such a date, or that holds nothing but its date line, is refused: its date would
/// otherwise be lost without a word, or an empty article stored.
/// </summary>
public static partial class PlainTextParser
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

        if (OpeningDate().Match(text) is { Success: true } opening)
        {
            var value = opening.Groups["value"].Value;
            if (!IsoDay().IsMatch(value) || DateMentions.ParseIso(value) is null)
            {
                return ReadResult.Failed(origin ?? id, $"the opening line \"date {value}\" is not a date: write it as date YYYY-MM-DD", 1);
            }

            if (string.IsNullOrWhiteSpace(text[(opening.Index + opening.Length)..]))
            {
                return ReadResult.Failed(origin ?? id, "the file has only its opening date line and no article text");
            }
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

    /// <summary><c>date</c> and a number at the very start (after any blank space): what is meant as the date line.</summary>
    [GeneratedRegex(@"^\s*date[ \t]+(?<value>\d[\w:./+-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex OpeningDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex IsoDay();
}
