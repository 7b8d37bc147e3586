using Wiredesk.Core.Reuse;

namespace Wiredesk.Core.Stories;

/// <summary>
/// Splits text into the words the story stage compares: folded to lower-case ASCII where a letter has an ASCII base,
/// function words dropped, plurals and common endings trimmed, and capitalised words kept apart as name candidates.
/// </summary>
internal static class StoryWords
{
    /// <summary>Calls <paramref name="word"/> for every content word of <paramref name="text"/>; the flag says whether
    /// it was capitalised in mid-sentence (a name candidate).</summary>
    public static void Scan(ReadOnlySpan<char> text, Action<string, bool> word)
    {
        Span<char> buffer = stackalloc char[48];
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '"' or '“' or '”')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            var length = 0;
            var capital = char.IsUpper(c);
            var digits = true;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !IsRunOnSentence(text, start, i))))
            {
                var ch = text[i];
                if (ch is '\'' or '’' && IsPossessiveEnd(text, i))
                {
                    i += 2;
                    break;
                }

                if (char.IsLetterOrDigit(ch) && length < buffer.Length)
                {
                    digits &= char.IsDigit(ch);
                    buffer[length++] = char.ToLowerInvariant(CharFolding.Fold(ch));
                }

                i++;
            }

            ReadOnlySpan<char> token = buffer[..length];
            var wasStart = sentenceStart;
            sentenceStart = false;
            if (token.Length < 2 || digits && !IsYear(token) || StopWords.Contains(token))
            {
                continue;
            }

            var name = capital && !wasStart && !IsAllCaps(text[start..i]);
            word(Stem(token), name);
        }
    }

    private static bool IsYear(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && (digits.StartsWith("19") || digits.StartsWith("20"));

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.';

    /// <summary>
    /// A full stop with no space after it that ends a sentence ("their duties.According to police"), as text scraped
    /// without its line breaks has it: a lower-case word of two letters or more, then a capital. "U.S.", "3.5" and
    /// "Tiangong-1" stay one word.
    /// </summary>
    private static bool IsRunOnSentence(ReadOnlySpan<char> text, int wordStart, int at)
    {
        if (text[at] != '.' || !char.IsUpper(text[at + 1]) || !char.IsLower(text[at - 1]))
        {
            return false;
        }

        var letters = 0;
        for (var j = at - 1; j >= wordStart && char.IsLetter(text[j]); j--)
        {
            letters++;
        }

        return letters >= 2;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 4;
    }

    private static bool IsPossessiveEnd(ReadOnlySpan<char> text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 == text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    /// <summary>A light stemmer: enough to join "talks"/"talk", "attacked"/"attack", "strikes"/"strike".</summary>
    internal static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            return string.Concat(word[..^3], "y");
        }

        if (word.Length > 5 && word.EndsWith("ing"))
        {
            return word[..^3].ToString();
        }

        if (word.Length > 4 && word.EndsWith("ed") && !word.EndsWith("eed"))
        {
            return word[..^2].ToString();
        }

        if (word.Length > 3 && word.EndsWith("s") && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
        {
            return word.EndsWith("es") && word.Length > 4 && (word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("xes") || word.EndsWith("sses"))
                ? word[..^2].ToString()
                : word[..^1].ToString();
        }

        return word.ToString();
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = BuildStopWords();

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildStopWords()
    {
        const string Words =
            "a about above after again against ago all almost also although am among an and another any are around as at " +
            "be became because become been before being below between both but by can cannot could did do does doing done down during " +
            "each either else even ever every few for from further get gets got had has have having he her here hers herself him himself his how however " +
            "if in into is it its itself just last least less like made make many may me might more most much must my myself " +
            "near nearly neither never new next no nor not now of off often on once one only or other others our ours ourselves out over own " +
            "per perhaps put rather really said same say says see seen she should since so some still such than that the their theirs them themselves then there " +
            "these they this those though through thus to told too toward towards under until up upon us very via was we well were what when where whether which while who whom whose why will " +
            "with within without would yet you your yours yourself mr mrs ms dr " +
            "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month months year years day days time " +
            "january february march april june july august september october november december " +
            "according added adding asked including told tell telling statement reported reporter reporters news video photo image getty images ap reuters " +
            "two three four five six seven eight nine ten first second third percent cent";
        var set = new HashSet<string>(Words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
