using System.Globalization;
using System.Text;

namespace Wiredesk.Core.Cleaning;

/// <summary>Comparison keys for short texts such as titles: case, diacritics, quote and dash styles and spacing ignored.</summary>
internal static class TextNormal
{
    public static string Key(ReadOnlySpan<char> text)
    {
        var decomposed = text.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>The last character that is not a closing quote, bracket or space.</summary>
    public static char LastMeaningful(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\'' or '’' or '”' or '»' or ')' or ']'))
            {
                return text[i];
            }
        }

        return '\0';
    }

    public static bool EndsWithClosingQuote(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '"' or '”' or '»';
    }
}
