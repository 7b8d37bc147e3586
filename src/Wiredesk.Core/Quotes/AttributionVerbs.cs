using System.Collections.Frozen;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// Verbs that attribute quoted words to their subject even when they are not verbs of saying: praise and blame
/// (<c>criticized the law as a "crazy system"</c>, <c>blasted the media for being "dishonest"</c>), naming
/// (<c>called him "unhinged"</c>, <c>described her as "tough"</c>), writing and promising. Used for quoted words inside a
/// sentence that has no speech cue of its own; lower-case forms only.
/// </summary>
internal static class AttributionVerbs
{
    private static readonly string[] Stems =
    [
        "describe", "call", "criticize", "criticise", "blast", "tweet", "promise", "accuse", "dismiss", "admire", "label",
        "chant", "insist", "claim", "argue", "warn", "urge", "ask", "report", "publish", "announce", "praise", "mock", "attack",
        "deride", "denounce", "condemn", "brand", "hail", "defend", "pledge", "vow", "credit", "blame", "thank", "chide",
        "question", "characterize", "characterise", "quote", "cite", "tout", "reject", "ridicule", "lambast", "decry", "compare",
        "liken", "champion", "predict", "suggest", "boast", "lament", "complain", "demand", "add", "post", "shout", "yell",
        "scream", "cheer", "title", "headline", "name", "term", "declare", "proclaim", "tease", "taunt", "joke", "applaud",
        "welcome", "embrace", "endorse", "recommend", "express", "voice", "threaten", "insult", "challenge", "lash", "rail",
        "knock", "charge", "allege", "fault", "chastise", "scold", "rebuke", "berate", "assail", "excoriate", "castigate",
        "state", "note", "stress", "explain", "acknowledge", "admit", "concede", "recall", "vow", "tell", "describe", "depict",
        "portray", "paint", "frame", "characterize", "dub", "nickname", "refer", "mention", "highlight", "emphasize",
        "emphasise", "repeat", "reiterate", "respond", "reply", "answer", "counter", "retort", "quip", "muse", "wonder",
        "write", "say", "speak", "cry", "sing", "read", "hear", "see", "view", "regard", "consider", "deem", "judge",
    ];

    private static readonly string[] Irregular =
    [
        "said", "says", "say", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "written", "spoke", "speaks",
        "speaking", "sang", "sings", "singing", "read", "reads", "reading", "heard", "saw", "sees", "viewed", "slammed", "slams",
        "slamming", "dubbed", "dubbing", "labelled", "labelling", "referred", "referring", "ripped", "ripping", "rips", "panned",
        "pans", "panning", "hit", "hits", "hitting", "quipped", "quipping", "admitted", "admitting", "lashed", "lashing",
    ];

    private static readonly FrozenSet<string> Forms = Build();

    /// <summary>Whether <paramref name="word"/> is a lower-case form of an attributing verb (read where a verb stands, so nouns of the same form do no harm).</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in Stems)
        {
            var (past, third, participle) = SpeechVerbs.Inflect(stem);
            forms.Add(stem);
            forms.Add(past);
            forms.Add(third);
            forms.Add(participle);
        }

        forms.UnionWith(Irregular);

        // Regular forms of irregular stems, which are not words.
        forms.ExceptWith(["sayed", "telled", "writed", "speaked", "singed", "readed", "heared", "seed"]);
        return forms.ToFrozenSet(StringComparer.Ordinal);
    }
}
