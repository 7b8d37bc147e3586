using System.Globalization;
using System.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>Turns a title or a path segment into an id part: lower-case ASCII letters and digits, diacritics folded, everything else a single <c>-</c>.</summary>
internal static class Slug
{
    /// <summary>The longest slug made, before any suffix.</summary>
    public const int MaxLength = 60;

    /// <summary>The slug of <paramref name="text"/>, at most <paramref name="maxLength"/> characters, never starting or ending with <c>-</c>; empty when nothing is left.</summary>
    public static string Of(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var slug = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        foreach (var c in Fold(text))
        {
            if (slug.Length >= maxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>Removes diacritics (é → e) and spells out the letters decomposition leaves alone (ß → ss, ø → o).</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var spelled = c switch
            {
                'ß' => "ss",
                'ø' or 'Ø' => "o",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'đ' or 'Đ' or 'ð' or 'Ð' => "d",
                'ł' or 'Ł' => "l",
                'þ' or 'Þ' => "th",
                'ı' => "i",
                _ => null,
            };
            if (spelled is null)
            {
                folded.Append(c);
            }
            else
            {
                folded.Append(spelled);
            }
        }

        return folded.ToString();
    }
}
