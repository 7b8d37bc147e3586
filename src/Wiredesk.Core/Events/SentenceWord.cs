namespace Wiredesk.Core.Events;

/// <summary>A word of a sentence: where it is and its lower-case form.</summary>
internal readonly record struct SentenceWord(int Start, int End, string Lower)
{
    /// <summary>The words of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>; a comma, colon, semicolon or dash is a word of its own.</summary>
    public static List<SentenceWord> Of(string text, int start, int end)
    {
        var words = new List<SentenceWord>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var from = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] is '\'' or '’' or '-' or '.') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                words.Add(new SentenceWord(from, i, text[from..i].Replace('’', '\'').ToLowerInvariant()));
                continue;
            }

            if (c is ',' or ';' or ':' or '—' or '–')
            {
                words.Add(new SentenceWord(i, i + 1, c.ToString()));
            }

            i++;
        }

        return words;
    }

    /// <summary>Whether the word is a clause break: punctuation that ends a phrase.</summary>
    public bool IsBreak => Lower is "," or ";" or ":" or "—" or "–";
}
