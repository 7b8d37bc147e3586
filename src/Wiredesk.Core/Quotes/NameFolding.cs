using System.Globalization;
using System.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>Folds names for comparison: lower case, no diacritics, one kind of apostrophe (Erdoğan = Erdogan).</summary>
internal static class NameFolding
{
    public static string Fold(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ı' => 'i',
                '’' or '‘' => '\'',
                '‐' or '–' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>The folded words of a name, without a possessive ending.</summary>
    public static string[] Words(string name)
    {
        var folded = Fold(name);
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }

        return folded.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Whether two folded surnames are the same word or, when long, one typing slip apart (Erdoğgan).</summary>
    public static bool SameWord(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (Math.Min(a.Length, b.Length) < 6 || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        // One insertion, deletion or substitution.
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
