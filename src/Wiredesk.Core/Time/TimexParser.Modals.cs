namespace Wiredesk.Core.Time;

/// <summary>
/// Modal verbs as tense cues. "could return on Thursday", "may tighten in June" look ahead as "will" does; a modal
/// with a perfect ("may have left", "would have turned 80") looks back, and so does "could" with a negation before a
/// verb of reaching or finding out ("could not be reached on Monday"), where it is the past of "can".
/// </summary>
internal sealed partial class TimexParser
{
    // "will", "would", "shall" mark the tense of the whole sentence, as they always have here.
    private static readonly string[] FutureAuxiliaries = ["will", "shall", "would", "won't", "shan't", "wouldn't"];

    // Modals of possibility and obligation speak of their own verb phrase only.
    private static readonly string[] PossibilityModals =
    [
        "can", "could", "might", "must", "should", "ought",
        "can't", "cannot", "couldn't", "mightn't", "mustn't", "shouldn't", "oughtn't",
    ];

    private static readonly string[] FuturePerfect = ["will", "shall", "won't", "shan't"];

    // Between a modal and its verb: "could soon return", "may not have", "might also".
    private static readonly string[] ModalFillers = ["not", "never", "also", "still", "soon", "yet", "even", "again", "then", "now", "well", "only", "just"];

    private static readonly string[] NegativeSubjects = ["no", "nobody", "none", "neither", "nor"];

    // After a negated "could", verbs that report a failed attempt, not a possibility to come.
    private static readonly string[] ReachVerbs =
    [
        "reach", "reached", "contact", "contacted", "comment", "confirm", "confirmed", "verify", "verified", "say", "locate",
        "located", "find", "found", "identify", "identified", "explain", "answer", "respond", "determine", "determined",
    ];

    // Past participles that "have" takes and that TenseCues does not already know as past forms.
    private static readonly string[] Participles =
    [
        "been", "gone", "done", "seen", "taken", "given", "known", "written", "spoken", "fallen", "risen", "begun", "become",
        "come", "chosen", "driven", "broken", "shown", "grown", "thrown", "flown", "won", "run", "hit", "cut", "put", "let",
    ];

    // How many filler words may stand between a modal and its verb.
    private const int ModalLookahead = 4;

    // How far a modal of possibility reaches: in "ruled the council must be told of the plans, the costs and the
    // risks, and named Friday as the deadline", Friday is beyond "must".
    private const int ModalReach = 8;

    // How far back a negative subject may stand: "neither the pilot nor the two mechanics could be located".
    private const int SubjectReach = 6;

    /// <summary>
    /// The tense a modal at <paramref name="j"/> gives an expression <paramref name="distance"/> tokens away, or null
    /// when the word is no modal. A modal of possibility after a reporting verb ("on Tuesday told reporters the port may …") or
    /// beyond <see cref="ModalReach"/> does not date the expression (<see cref="Tense.None"/>).
    /// </summary>
    private Tense? ModalTense(int j, int distance, bool reported)
    {
        var word = Apostrophe(WordAt(j), stackalloc char[16]);
        var perfect = word.EndsWith("'ve", StringComparison.OrdinalIgnoreCase); // "could've", "should've"
        var modal = perfect ? word[..^3] : word;
        var auxiliary = Matches(modal, FutureAuxiliaries);
        // Lower-case "may" is the verb; the lexicon lists it as the month.
        if (!auxiliary && !modal.SequenceEqual("may") && !Matches(modal, PossibilityModals))
        {
            return null;
        }

        if (!auxiliary && (reported || distance > ModalReach))
        {
            return Tense.None;
        }

        var negated = modal.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || modal.Equals("cannot", StringComparison.OrdinalIgnoreCase);
        var verb = j + 1;
        while (verb <= j + ModalLookahead && (WordIn(verb, ModalFillers) || IsAdverb(verb)))
        {
            negated |= WordIs(verb, "not") || WordIs(verb, "never");
            verb++;
        }

        if (perfect || (WordIs(verb, "have") && IsParticiple(verb + 1)))
        {
            // "may have left", "would have turned": past, but the future perfect "will have finished by June" is not.
            return Matches(modal, FuturePerfect) ? Tense.Future : Tense.Past;
        }

        if (modal.StartsWith("could", StringComparison.OrdinalIgnoreCase) && (negated || NegativeSubject(j)))
        {
            var next = WordIs(verb, "be") ? verb + 1 : verb;
            while (IsAdverb(next))
            {
                next++;
            }

            if (WordIn(next, ReachVerbs))
            {
                return Tense.Past; // "could not reach him", "nobody could be located"
            }
        }

        return Tense.Future;
    }

    /// <summary>Whether the subject before the modal at <paramref name="j"/> is negative: "neither he nor …", "nobody".</summary>
    private bool NegativeSubject(int j)
    {
        for (var k = j - 1; k >= 0 && k >= j - SubjectReach; k--)
        {
            if (_t[k].Has(TokenFlags.SentenceEnd) || _t[k].IsSymbol(',') || _t[k].IsSymbol(';'))
            {
                return false;
            }

            if (WordIn(k, NegativeSubjects))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAdverb(int j)
    {
        var w = WordAt(j);
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && _t[j].Lex.Kind == LexKind.None && !_t[j].Has(TokenFlags.Capitalized);
    }

    private bool IsParticiple(int j)
    {
        var w = WordAt(j);
        return !w.IsEmpty && (WordIn(j, Participles) || TenseCues.Of(w) == Tense.Past);
    }

    private static bool Matches(ReadOnlySpan<char> word, ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word with a typographic apostrophe written as a straight one ("couldn’t" as "couldn't").</summary>
    private static ReadOnlySpan<char> Apostrophe(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (!word.Contains('’') || word.Length > buffer.Length)
        {
            return word;
        }

        word.CopyTo(buffer);
        buffer[..word.Length].Replace('’', '\'');
        return buffer[..word.Length];
    }
}
