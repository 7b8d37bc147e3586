using System.Globalization;
using System.Text;

namespace Wiredesk.Core.Reuse;

/// <summary>Folds a letter to its lower-case base letter without diacritics (ğ → g, İ → i, Ü → u); a table for the Latin ranges, Unicode decomposition beyond.</summary>
internal static class CharFolding
{
    private const int TableEnd = 0x0250;

    private static readonly char[] Table = BuildTable();

    // Each ASCII letter or digit folded, every other ASCII character '\0': one load classifies and folds.
    private static readonly char[] AsciiWord = BuildAsciiWord();

    /// <summary>Each ASCII character folded when it is a letter or digit, otherwise <c>'\0'</c>.</summary>
    public static ReadOnlySpan<char> AsciiWordChars => AsciiWord;

    /// <summary>Whether <paramref name="c"/> is a letter or digit, the characters words are made of.</summary>
    public static bool IsWordChar(char c) => c < 128 ? AsciiWord[c] != '\0' : char.IsLetterOrDigit(c);

    /// <summary><paramref name="c"/> folded when it is a letter or digit, otherwise <c>'\0'</c>.</summary>
    public static char FoldWordChar(char c) => c < 128 ? AsciiWord[c] : char.IsLetterOrDigit(c) ? Fold(c) : '\0';

    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c < TableEnd ? Table[c] : FoldSlow(c);
    }

    private static char[] BuildAsciiWord()
    {
        var table = new char[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsLetterOrDigit((char)c) ? Fold((char)c) : '\0';
        }

        return table;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableEnd];
        for (var c = 0; c < TableEnd; c++)
        {
            table[c] = FoldSlow((char)c);
        }

        table['ı'] = 'i';
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        return table;
    }

    private static char FoldSlow(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(part);
            }
        }

        return char.ToLowerInvariant(c);
    }
}
