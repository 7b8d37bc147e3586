namespace Wiredesk.Core.Quotes;

/// <summary>Sentences whose subject is a role rather than a name: <c>The fire chief said …</c>, <c>The harbor master told …</c>.</summary>
internal sealed partial class DocumentQuotes
{
    /// <summary>
    /// The last token of a role phrase opening the sentence at <paramref name="start"/>: "The", up to three lower-case
    /// modifiers and a role noun or job title, followed by a lower-case word; -1 otherwise.
    /// </summary>
    private int DefiniteRole(int p, int start, int end)
    {
        if (!IsWord(p, start) || Word(p, start) is not "The")
        {
            return -1;
        }

        for (var t = start + 1; t < end - 1 && t <= start + 4; t++)
        {
            if (!IsWord(p, t) || !char.IsLower(Word(p, t)[0]) || Is(p, t, ClauseWords) || Is(p, t, Prepositions) || PersonWords.Contains(PersonWords.FunctionWords, Word(p, t)))
            {
                return -1;
            }

            if ((Is(p, t, RoleNouns) || Is(p, t, PersonWords.JobTitles)) && IsWord(p, t + 1) && char.IsLower(Word(p, t + 1)[0]) && Word(p, t + 1) is not ("of" or "for"))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// Makes the role phrase [<paramref name="start"/>, <paramref name="roleEnd"/>] the subject of <paramref name="info"/>:
    /// the person who holds that role (<c>Fire chief Ines Vik</c> earlier), the person the story is about for a bare
    /// role (<c>The official</c>), or, when nobody holds it, the role itself.
    /// </summary>
    private void DescribeRoleSubject(SentenceInfo info, int p, int start, int roleEnd)
    {
        if (RoleWords(p, start, roleEnd) is not { } words)
        {
            return;
        }

        var recent = new List<KnownPerson>();
        for (var s = Math.Max(0, _sentences.Count - LookBack); s < _sentences.Count; s++)
        {
            recent.AddRange(_sentences[s].Named);
            if (_sentences[s].Subject is { } subject)
            {
                recent.Add(subject);
            }
        }

        recent.AddRange(info.Named);
        info.Subject = _people.FindByRole(words, recent);
        if (info.Subject is null && words.Count == 1)
        {
            info.Subject = ResolvePronoun("he", _sentences.Count, null, subjectsOnly: true);
        }

        if (info.Subject is null)
        {
            info.RoleSubject = SpanOf(p, start, roleEnd);
        }
    }
}
