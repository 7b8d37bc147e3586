namespace Wiredesk.Core.Events;

/// <summary>
/// The cue words of each event type, as lemmas expanded into their inflected forms. Written for news English; the
/// list is documented in docs/events.md. Longer cues win over shorter ones that start at the same word.
/// </summary>
public sealed class EventLexicon
{
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["meet"] = ["meet", "meets", "met", "meeting"],
        ["speak"] = ["speak", "speaks", "spoke", "speaking", "spoken"],
        ["hold"] = ["hold", "holds", "held", "holding"],
        ["send"] = ["send", "sends", "sent", "sending"],
        ["strike"] = ["strike", "strikes", "struck", "striking"],
        ["shoot"] = ["shoot", "shoots", "shot", "shooting"],
        ["give"] = ["give", "gives", "gave", "given", "giving"],
        ["sign"] = ["sign", "signs", "signed", "signing"],
        ["slap"] = ["slap", "slaps", "slapped", "slapping"],
        ["hit"] = ["hit", "hits", "hitting"],
        ["vow"] = ["vow", "vows", "vowed", "vowing"],
        ["pledge"] = ["pledge", "pledges", "pledged", "pledging"],
        ["bomb"] = ["bomb", "bombs", "bombed", "bombing"],
        ["hail"] = ["hail", "hails", "hailed", "hailing"],
        ["sit"] = ["sit", "sits", "sat", "sitting"],
        ["fly"] = ["fly", "flies", "flew", "flying", "flown"],
        ["open"] = ["open", "opens", "opened", "opening"],
        ["launch"] = ["launch", "launches", "launched", "launching"],
        ["travel"] = ["travel", "travels", "travelled", "traveled", "travelling", "traveling"],
    };

    // Plural nouns far more often than verbs: "sanctions against Russia", "attacks on civilians".
    private static readonly HashSet<string> NounForms = new(StringComparer.Ordinal) { "sanctions", "attacks", "strikes", "demands", "bombs", "shells", "hosts", "presses", "promises", "pledges", "vows", "signs", "calls", "kills", "phones" };

    private readonly Dictionary<string, List<EventCue>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lemmas = new(StringComparer.Ordinal);

    private EventLexicon()
    {
    }

    /// <summary>The lexicon Wiredesk ships.</summary>
    public static EventLexicon Default { get; } = Build();

    /// <summary>Whether <paramref name="word"/> is the bare (dictionary) form of a verb cue ("attack", "visit").</summary>
    public bool IsBareForm(string word) => _lemmas.Contains(word);

    /// <summary>The cues that start with <paramref name="word"/> (lower case), longest first.</summary>
    public IReadOnlyList<EventCue> StartingWith(string word) => _byFirstWord.TryGetValue(word, out var cues) ? cues : [];

    private static EventLexicon Build()
    {
        var lexicon = new EventLexicon();
        lexicon.Verb("announce|declare|proclaim|unveil", EventType.MakeStatement, CueTarget.None);
        lexicon.Verb("urge|implore|exhort|press", EventType.Appeal, CueTarget.After);
        lexicon.Verb("call on|call upon|appeal to", EventType.Appeal, CueTarget.After);
        lexicon.Verb("pledge|vow|promise", EventType.ExpressIntent, CueTarget.None);
        lexicon.Verb("offer to", EventType.ExpressIntent, CueTarget.None);
        lexicon.Verb("meet|meet with|hold talks with|hold a meeting with|sit down with", EventType.Meet, CueTarget.After, "with");
        lexicon.Verb("speak with|speak by phone with|talk by phone with|talk with|phone|telephone|hold a phone call with|hold a telephone call with", EventType.PhoneCall, CueTarget.After, "with");
        lexicon.Phrase("phone call|phone calls|phone conversation|phone conversations|telephone call|telephone conversation|telephone conversations|phone talks|telephone talks", EventType.PhoneCall, CueTarget.Preposition, "with");
        lexicon.Verb("visit|travel to|fly to|arrive in", EventType.Visit, CueTarget.After, "to", "in");
        lexicon.Verb("receive|host|welcome", EventType.HostVisit, CueTarget.After);
        lexicon.Verb("negotiate with", EventType.Negotiate, CueTarget.After, "with");
        lexicon.Verb("praise|hail|commend|laud|applaud|salute", EventType.Praise, CueTarget.After);
        lexicon.Verb("sign|agree with|reach an agreement with|strike a deal with", EventType.Agree, CueTarget.After, "with");
        lexicon.Verb("provide aid to|send aid to|deliver aid to|donate", EventType.ProvideAid, CueTarget.After, "to");
        lexicon.Verb("investigate|probe|open an investigation into|open a formal investigation into|open an inquiry into|launch an investigation into|open an investigation|open a formal investigation|launch an investigation", EventType.Investigate, CueTarget.After, "into");
        lexicon.Verb("arrest|detain", EventType.Arrest, CueTarget.After);
        lexicon.Verb("demand", EventType.Demand, CueTarget.Preposition, "from", "of");
        lexicon.Verb("criticize|criticise|condemn|denounce|accuse|blame|slam|rebuke", EventType.Criticize, CueTarget.After);
        lexicon.Verb("reject|refuse|dismiss|rebuff|spurn", EventType.Reject, CueTarget.None);
        lexicon.Verb("threaten|warn", EventType.Threaten, CueTarget.After, "on", "against");
        lexicon.Verb("sanction|impose sanctions on|slap sanctions on|impose an embargo on", EventType.Sanction, CueTarget.After, "on");
        lexicon.Verb("attack|bomb|shell|invade|shoot at|fire on|kill", EventType.UseForce, CueTarget.After, "on", "at");
        foreach (var cues in lexicon._byFirstWord.Values)
        {
            cues.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));
        }

        return lexicon;
    }

    private void Verb(string lemmas, EventType type, CueTarget target, params string[] prepositions)
    {
        foreach (var lemma in lemmas.Split('|'))
        {
            var words = lemma.Split(' ');
            _lemmas.Add(words[0]);
            foreach (var form in Forms(words[0]))
            {
                Add([form, .. words[1..]], type, target, prepositions);
            }
        }
    }

    private void Phrase(string phrases, EventType type, CueTarget target, params string[] prepositions)
    {
        foreach (var phrase in phrases.Split('|'))
        {
            Add(phrase.Split(' '), type, target, prepositions, noun: true);
        }
    }

    private void Add(string[] words, EventType type, CueTarget target, string[] prepositions, bool noun = false)
    {
        if (words.Length == 1 && NounForms.Contains(words[0]))
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0], out var cues))
        {
            cues = [];
            _byFirstWord[words[0]] = cues;
        }

        if (!cues.Any(c => c.Words.SequenceEqual(words)))
        {
            cues.Add(new EventCue(words, type, target, prepositions) { IsNoun = noun });
        }
    }

    // Regular English inflection: -s/-es, -ed/-d (with a doubled final consonant after a short vowel), -ing.
    private static string[] Forms(string lemma)
    {
        if (Irregular.TryGetValue(lemma, out var irregular))
        {
            return irregular;
        }

        var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
        var third = lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es"
            : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies"
            : lemma + "s";
        var past = lemma.EndsWith('e') ? lemma + "d"
            : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ied"
            : lemma + "ed";
        return [lemma, third, past, stem + "ing"];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
