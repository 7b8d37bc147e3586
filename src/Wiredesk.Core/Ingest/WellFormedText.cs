namespace Wiredesk.Core.Ingest;

/// <summary>
/// Makes text well-formed and storable: each lone surrogate (half of a pair, which no encoding can write and which .NET's
/// normalisation and JSON reject) and each NUL (which SQLite's text functions cut at and PostgreSQL refuses) becomes
/// U+FFFD, one character for one, so that every offset into the text stays true.
/// </summary>
internal static class WellFormedText
{
    /// <summary><paramref name="text"/> itself when it is well-formed, else a copy with every lone surrogate and NUL replaced.</summary>
    public static string Of(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (!span.Contains('\0') && (first < 0 || !HasLoneSurrogate(span[first..])))
        {
            return text;
        }

        return string.Create(text.Length, text, static (target, source) =>
        {
            source.AsSpan().CopyTo(target);
            for (var i = 0; i < target.Length; i++)
            {
                if (char.IsHighSurrogate(target[i]) && i + 1 < target.Length && char.IsLowSurrogate(target[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(target[i]) || target[i] == '\0')
                {
                    target[i] = '\uFFFD';
                }
            }
        });
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
