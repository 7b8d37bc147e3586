namespace Wiredesk.Core.Entities;

/// <summary>
/// What the words around a name say about it being a place: "the port of X", "headquarters in X", "X-based" are strong
/// signals; "in X" and "near X" are weak ones, and none before a possessive ("in Smith's view") or after "shares in" or
/// "stake in" (a company).
/// </summary>
internal static class PlaceSignals
{
    private static readonly string[] StrongBefore =
        ["port of ", "city of ", "town of ", "village of ", "region of ", "province of ", "county of ", "outskirts of ", "suburbs of ",
         "capital of ", "headquarters in ", "headquartered in ", "based in ", "located in ", "born in ", "streets of "];

    private static readonly string[] WeakBefore = ["in ", "near ", "outside "];

    private static readonly HashSet<string> CompanyWordsBeforeIn = new(
        ["share", "shares", "stake", "stakes", "invest", "invested", "invests", "investing", "investment", "investments", "interest",
         "interests", "holding", "holdings", "confidence", "role", "job", "jobs", "work", "career", "position", "faith", "trust"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How many occurrences of <paramref name="name"/> in <paramref name="text"/>, standing as a whole name (not followed
    /// by another capitalised word), have a strong place signal and how many a weak one (counted only when
    /// <paramref name="weak"/>).
    /// </summary>
    public static (int Strong, int Weak) Count(string text, string name, bool weak)
    {
        var (strong, weakOnes) = (0, 0);
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])) || NextIsName(text, end))
            {
                continue;
            }

            if (string.CompareOrdinal(text, end, "-based", 0, 6) == 0 || StrongBefore.Any(s => Precedes(text, at, s)))
            {
                strong++;
            }
            else if (weak && !Possessive(text, end) && WeakBefore.FirstOrDefault(s => Precedes(text, at, s)) is { } signal
                     && !CompanyWordsBeforeIn.Contains(WordBefore(text, at - signal.Length)))
            {
                weakOnes++;
            }
        }

        return (strong, weakOnes);
    }

    private static bool Precedes(string text, int at, string words) =>
        at >= words.Length && string.Compare(text, at - words.Length, words, 0, words.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at == words.Length || !char.IsLetter(text[at - words.Length - 1]));

    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';

    // "in Halvard Shipping": the occurrence is part of a longer name.
    private static bool NextIsName(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);

    private static string WordBefore(string text, int end)
    {
        var stop = end;
        while (stop > 0 && text[stop - 1] == ' ')
        {
            stop--;
        }

        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..stop];
    }
}
