using System.Globalization;
using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Entities;

/// <summary>
/// The forms of a token the features look at: typographic quotes, apostrophes and dashes read as their ASCII forms;
/// the folded form is lower case without diacritics and with every digit read as 0 ("Türkiye" = "turkiye",
/// "1996-08-22" = "0000-00-00"); the shape maps letters to X/x and digits to d.
/// </summary>
internal static class WordForms
{
    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u201B' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    public static bool IsMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The folded character, or '\0' for a combining mark that folding drops.</summary>
    public static char Fold(char c)
    {
        c = Normalize(c);
        if (c is >= '0' and <= '9')
        {
            return '0';
        }

        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (char.IsDigit(c))
        {
            return '0';
        }

        return IsMark(c) ? '\0' : CharFolding.Fold(c);
    }

    public static char ShapeOf(char c)
    {
        c = Normalize(c);
        if (c < 128)
        {
            return c switch
            {
                >= 'A' and <= 'Z' => 'X',
                >= 'a' and <= 'z' => 'x',
                >= '0' and <= '9' => 'd',
                _ => c,
            };
        }

        if (char.IsUpper(c))
        {
            return 'X';
        }

        if (char.IsLetter(c) || IsMark(c))
        {
            return 'x';
        }

        return char.IsDigit(c) ? 'd' : c;
    }

    public static ulong RawHash(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Empty;
        foreach (var c in word)
        {
            hash = FeatureHash.Add(hash, Normalize(c));
        }

        return hash;
    }

    public static ulong FoldedHash(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Empty;
        foreach (var c in word)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                hash = FeatureHash.Add(hash, folded);
            }
        }

        return hash;
    }

    /// <summary>The hash of the folded word's first <paramref name="count"/> characters (prefix) or last ones (suffix).</summary>
    public static ulong AffixHash(ReadOnlySpan<char> word, int count, bool suffix)
    {
        var hash = FeatureHash.Empty;
        var part = suffix ? word[^count..] : word[..count];
        foreach (var c in part)
        {
            hash = FeatureHash.Add(hash, Fold(c));
        }

        return hash;
    }

    /// <summary>The shape hash; runs of one shape character are cut at <paramref name="longestRun"/> (1 gives the short shape).</summary>
    public static ulong ShapeHash(ReadOnlySpan<char> word, int longestRun)
    {
        var hash = FeatureHash.Empty;
        var previous = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var shape = ShapeOf(c);
            run = shape == previous ? run + 1 : 1;
            previous = shape;
            if (run <= longestRun)
            {
                hash = FeatureHash.Add(hash, shape);
            }
        }

        return hash;
    }

    public static WordFlags FlagsOf(ReadOnlySpan<char> word)
    {
        var flags = WordFlags.None;
        var letters = 0;
        var upper = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = Normalize(word[i]);
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    if (letters == 1 && i == 0)
                    {
                        flags |= WordFlags.InitialCapital;
                    }
                }
                else if (i == 0)
                {
                    flags |= WordFlags.InitialLower;
                }
            }
            else if (char.IsDigit(c))
            {
                flags |= WordFlags.Digit;
            }
            else if (c == '-')
            {
                flags |= WordFlags.Hyphen;
            }
            else if (c == '.')
            {
                flags |= WordFlags.Period;
            }
        }

        if (letters > 0)
        {
            flags |= WordFlags.Letter;
            if (upper == letters)
            {
                flags |= WordFlags.AllCaps;
            }
            else if (upper > 1 || (upper == 1 && (flags & WordFlags.InitialCapital) == 0))
            {
                flags |= WordFlags.MixedCase;
            }
        }

        return flags;
    }
}
