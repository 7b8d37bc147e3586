using System.Collections.Frozen;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// The verbs that introduce speech, with their inflected forms: the common ones (said, told, added) and the rare ones
/// news writers reach for (sighed, quipped, conceded). Only lower-case forms count, so "Washington Post" is not a cue.
/// </summary>
internal static class SpeechVerbs
{
    /// <summary>Verb stems; the forms are built from them, with the irregular ones listed below.</summary>
    private static readonly string[] Regular =
    [
        "add", "stress", "note", "warn", "insist", "sigh", "concede", "declare", "announce", "tweet", "post", "argue", "ask",
        "explain", "urge", "recall", "quip", "admit", "reply", "respond", "claim", "state", "continue", "observe", "remark",
        "comment", "emphasize", "emphasise", "underline", "underscore", "reiterate", "acknowledge", "suggest", "predict",
        "promise", "vow", "pledge", "confirm", "deny", "assert", "contend", "maintain", "complain", "testify", "exclaim",
        "shout", "whisper", "mutter", "joke", "boast", "cry", "lament", "caution", "report", "reveal", "hint", "agree", "counter",
        "retort", "snap", "scoff", "muse", "grumble", "groan", "laugh", "marvel", "concur", "answer", "allege", "charge",
        "demand", "highlight", "recount", "describe", "conclude", "point", "hail", "opine", "plead", "repeat", "insinuate",
        "proclaim", "mention", "specify", "clarify", "affirm", "assure", "inform", "remind", "threaten", "fume", "rail",
        "blast", "criticize", "criticise", "acknowledge", "announce", "indicate", "estimate", "forecast", "elaborate", "reason",
        "call", "dub", "label", "brand",
    ];

    private static readonly (string Form, CueForm Kind)[] Irregular =
    [
        ("said", CueForm.Finite), ("says", CueForm.Finite), ("say", CueForm.Finite), ("saying", CueForm.Participle),
        ("told", CueForm.Finite), ("tells", CueForm.Finite), ("tell", CueForm.Finite), ("telling", CueForm.Participle),
        ("wrote", CueForm.Finite), ("writes", CueForm.Finite), ("writing", CueForm.Participle), ("written", CueForm.Finite),
        ("spoke", CueForm.Finite), ("speaks", CueForm.Finite), ("speaking", CueForm.Participle),
        ("thought", CueForm.Finite), ("believes", CueForm.Finite), ("thinks", CueForm.Finite), ("fears", CueForm.Finite),
        ("feared", CueForm.Finite), ("believed", CueForm.Finite),
        ("admitted", CueForm.Finite), ("admitting", CueForm.Participle), ("quipped", CueForm.Finite), ("quipping", CueForm.Participle),
        ("snapped", CueForm.Finite), ("snapping", CueForm.Participle), ("committed", CueForm.Finite), ("forecast", CueForm.Finite),
    ];

    /// <summary>Verbs after which a bare clause follows as what was said ("X said Y was …"), used for indirect speech.</summary>
    private static readonly FrozenSet<string> ClauseStems = FrozenSet.Create(
        StringComparer.Ordinal,
        "say", "tell", "add", "stress", "note", "warn", "insist", "concede", "declare", "announce", "write", "tweet", "argue",
        "explain", "recall", "admit", "claim", "state", "emphasize", "emphasise", "underline", "underscore", "reiterate",
        "acknowledge", "suggest", "predict", "promise", "vow", "pledge", "confirm", "deny", "assert", "contend", "maintain",
        "complain", "testify", "report", "reveal", "hint", "agree", "allege", "charge", "conclude", "think", "believe", "fear",
        "indicate", "estimate", "mention", "assure", "inform", "remind", "reply", "respond", "caution", "observe", "remark",
        "proclaim", "affirm", "boast", "lament", "call", "describe", "dub", "label", "brand", "hail");

    private static readonly FrozenDictionary<string, (CueForm Kind, bool TakesClause)> Forms = Build();

    /// <summary>Whether <paramref name="word"/> is a speech verb, and in which form.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out CueForm form, out bool takesClause)
    {
        if (Forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var found))
        {
            (form, takesClause) = found;
            return true;
        }

        form = default;
        takesClause = false;
        return false;
    }

    /// <summary>The past, third-person and -ing forms of a regular verb stem.</summary>
    public static (string Past, string Third, string Participle) Inflect(string stem)
    {
        if (stem.EndsWith('e'))
        {
            return (stem + "d", stem + "s", stem[..^1] + "ing");
        }

        if (stem.EndsWith('y') && !"aeiou".Contains(stem[^2], StringComparison.Ordinal))
        {
            return (stem[..^1] + "ied", stem[..^1] + "ies", stem + "ing");
        }

        if (stem.EndsWith("ss", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith('x'))
        {
            return (stem + "ed", stem + "es", stem + "ing");
        }

        return (stem + "ed", stem + "s", stem + "ing");
    }

    private static FrozenDictionary<string, (CueForm, bool)> Build()
    {
        var forms = new Dictionary<string, (CueForm, bool)>(StringComparer.Ordinal);
        foreach (var stem in Regular)
        {
            var clause = ClauseStems.Contains(stem);
            var (past, third, participle) = Inflect(stem);
            forms.TryAdd(past, (CueForm.Finite, clause));
            forms.TryAdd(third, (CueForm.Finite, clause));
            forms.TryAdd(participle, (CueForm.Participle, clause));
        }

        foreach (var (form, kind) in Irregular)
        {
            var stem = form switch
            {
                "said" or "says" or "say" or "saying" => "say",
                "told" or "tells" or "tell" or "telling" => "tell",
                "wrote" or "writes" or "writing" or "written" => "write",
                "thought" or "thinks" => "think",
                "believes" or "believed" => "believe",
                "fears" or "feared" => "fear",
                "admitted" or "admitting" => "admit",
                _ => form,
            };
            forms[form] = (kind, ClauseStems.Contains(stem));
        }

        // Nouns that share a form with a verb stem are not cues on their own.
        forms.Remove("post");
        forms.Remove("point");
        forms.Remove("pointed");
        forms.Remove("pointing");
        forms.Remove("points");
        forms.Remove("posts");
        forms.Remove("reports");
        forms.Remove("states");
        forms.Remove("charges");
        forms.Remove("answers");
        forms.Remove("counters");
        forms.Remove("comments");
        forms.Remove("promises");
        forms.Remove("claims");
        forms.Remove("demands");
        forms.Remove("cries");
        forms.Remove("laughs");
        forms.Remove("jokes");
        forms.Remove("highlights");
        forms.Remove("forecast");
        forms.Remove("calls");
        forms.Remove("labels");
        forms.Remove("brands");
        forms.Remove("committed");
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
