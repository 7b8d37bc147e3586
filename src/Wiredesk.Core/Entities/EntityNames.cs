using System.Globalization;
using System.Text;

namespace Wiredesk.Core.Entities;

/// <summary>How names are compared: diacritics folded, case, punctuation and a leading "the" ignored.</summary>
internal static class EntityNames
{
    /// <summary>"The Türkiye's" → "turkiye"; "Jean-Noël Barrot" → "jean noel barrot"; "U.S." → "us".</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(Fold(char.ToLowerInvariant(c)));
                space = false;
            }
            else if (c is not '.')
            {
                space = true;
            }
        }

        var key = builder.ToString();
        if (key.EndsWith(" s", StringComparison.Ordinal))
        {
            key = key[..^2];
        }

        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>The name's words as keys: "Recep Tayyip Erdoğan" → [recep, tayyip, erdogan].</summary>
    public static string[] Words(string name) => Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True for two long words one edit apart (two for very long ones): a typo, not another name.</summary>
    public static bool NearlyEqual(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var allowed = shorter >= 11 ? 2 : shorter >= 6 ? 1 : 0;
        return allowed > 0 && Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b, allowed) <= allowed;
    }

    private static char Fold(char c) => c switch
    {
        'ı' => 'i',
        'ø' => 'o',
        'ł' => 'l',
        'đ' => 'd',
        'ß' => 's',
        'æ' => 'a',
        'œ' => 'o',
        _ => c,
    };

    // Optimal string alignment distance, stopping once every cell of a row exceeds the limit.
    private static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return best;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
