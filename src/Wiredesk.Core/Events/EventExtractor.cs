using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Text;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Events;

/// <summary>
/// Finds who did what to whom, where and when in one article: a cue from the <see cref="EventLexicon"/>, the actor
/// named before it (or the person a pronoun stands for, or the actor of the verb it is coordinated with), the target
/// after it, a place after "in" or "at", and the sentence's nearest resolved date.
/// </summary>
public sealed partial class EventExtractor(EventLexicon lexicon)
{
    private const int MaxGapWords = 4;
    private const int MaxWhatLength = 160;

    /// <summary>An extractor with the shipped lexicon.</summary>
    public EventExtractor()
        : this(EventLexicon.Default)
    {
    }

    /// <summary>The events <paramref name="document"/> reports, in text order.</summary>
    public IReadOnlyList<NewsEvent> Extract(Document document, EntityMentionIndex mentions, IReadOnlyList<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(times);
        var events = new List<NewsEvent>();
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Kind is ParagraphKind.Boilerplate or ParagraphKind.Dateline or ParagraphKind.Heading)
            {
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(document.Text, paragraph.Span))
            {
                if (sentence.Length <= Stories.StorySentences.MaxLength)
                {
                    ExtractSentence(document, sentence, mentions, times, events);
                }
            }
        }

        return events;
    }

    private void ExtractSentence(Document document, TextSpan sentence, EntityMentionIndex index, IReadOnlyList<TimeExpression> times, List<NewsEvent> events)
    {
        var text = document.Text;
        var mentions = index.In(document.Id, sentence);
        if (mentions.Count == 0)
        {
            return;
        }

        var words = SentenceWord.Of(text, sentence.Start, sentence.End);

        EventParticipant? previousActor = null;
        var previousEnd = -1;
        var consumed = new HashSet<IndexedMention>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Inside(mentions, words[i].Start) || FindCue(words, i) is not { } cue || IsNoun(words, i) || IsNegated(words, i) || IsBareNoun(words, i, cue, mentions) || IsAgentlessPassive(words, i, cue))
            {
                continue;
            }

            var cueEnd = i + cue.Words.Count - 1;
            var cueSpan = TextSpan.FromBounds(words[i].Start, words[cueEnd].End);
            var clauseEnd = ClauseEnd(words, cueEnd + 1, sentence.End);
            List<IndexedMention> targets;
            EventParticipant? actor;
            if (Passive(text, words, cueEnd, clauseEnd, mentions) is { } agent)
            {
                // "hosted by Türkiye": the agent acts; the subject before the cue is acted on.
                actor = agent.ToParticipant();
                targets = mentions.LastOrDefault(m => m.Span.End <= cueSpan.Start && m.CanTakePart && !consumed.Contains(m) && !AfterPreposition(words, m)) is { } subject ? [subject] : [];
            }
            else
            {
                targets = FindTargets(text, words, cueEnd + 1, clauseEnd, cue, mentions);
                actor = FindActor(document.Id, words, i, sentence, mentions, consumed, index, previousEnd, previousActor);
            }

            if (actor is null || Refine(cue, targets) is not { } type)
            {
                i = cueEnd;
                continue;
            }

            var kept = targets.Where(t => t.Entity.Id != actor.EntityId).ToList();
            if (kept.Count == 0 && NeedsTarget(type) && !(type == EventType.HostVisit && cue.Words[0].StartsWith("host", StringComparison.Ordinal)))
            {
                i = cueEnd;
                continue;
            }

            var place = FindPlace(text, mentions, sentence, cueSpan, kept, actor);
            var time = NearestTime(text, times, sentence, cueSpan);
            var whatStart = kept.Count > 0 ? kept[^1].Span.End : cueSpan.End;
            var what = DescribesClause(type) ? WhatOf(Clause(text, whatStart, clauseEnd), time?.Text) : null;
            foreach (var target in kept.Count > 0 ? kept.Select(t => (IndexedMention?)t) : [null])
            {
                events.Add(new NewsEvent
                {
                    Document = document.Id,
                    Type = type,
                    Cue = cueSpan,
                    CueText = cueSpan.Of(text),
                    Sentence = sentence,
                    Actor = actor,
                    Target = target?.ToParticipant(),
                    Place = place?.ToParticipant(),
                    Time = time?.Value,
                    TimeText = time?.Text,
                    What = what,
                });
            }

            consumed.UnionWith(kept);
            previousActor = actor;
            previousEnd = kept.Count > 0 ? kept[^1].Span.End : cueSpan.End;

            // "unveiled the Falcon Heavy rocket … and proclaimed": what a cue without a target acted on is its object,
            // not the subject of the next verb.
            if (kept.Count == 0 && ObjectAfter(words, cueEnd + 1, clauseEnd, mentions) is { } objectOfCue)
            {
                consumed.Add(objectOfCue);
                previousEnd = objectOfCue.Span.End;
            }
            i = cueEnd;
        }
    }

    private static IndexedMention? ObjectAfter(List<SentenceWord> words, int from, int clauseEnd, IReadOnlyList<IndexedMention> mentions)
    {
        for (var k = from; k < words.Count && k < from + MaxGapWords && words[k].Start < clauseEnd && !words[k].IsBreak; k++)
        {
            if (mentions.FirstOrDefault(m => m.Span.Start == words[k].Start) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private EventCue? FindCue(List<SentenceWord> words, int i)
    {
        foreach (var cue in lexicon.StartingWith(words[i].Lower))
        {
            if (i + cue.Words.Count > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < cue.Words.Count && matches; k++)
            {
                matches = words[i + k].Lower == cue.Words[k];
            }

            if (matches)
            {
                return cue;
            }
        }

        return null;
    }

    private static bool Inside(IReadOnlyList<IndexedMention> mentions, int position) => mentions.Any(m => m.Span.Start <= position && position < m.Span.End);

    // "the visit", "a strike", "his meeting": a verb cue used as a noun. Phrase cues are nouns already.
    // "meeting" is a noun unless a form of "be" makes it a verb ("was meeting").
    private static bool IsNoun(List<SentenceWord> words, int i)
    {
        if (words[i].Lower is "meeting" or "meetings")
        {
            return i == 0 || words[i - 1].Lower is not ("is" or "was" or "are" or "were" or "be" or "been");
        }

        return i > 0 && words[i].Lower is not ("phone" or "telephone") && words[i - 1].Lower is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "our" or "this" or "that" or "whose" or "last" or "first" or "next";
    }

    // "another information attack": a verb's bare form after a word that cannot be its subject is a noun. The bare form
    // is a verb after "to", a modal, a negation, a pronoun or a name.
    private static bool IsBareNoun(List<SentenceWord> words, int i, EventCue cue, IReadOnlyList<IndexedMention> mentions)
    {
        if (i == 0 || cue.IsNoun || cue.Words[0].EndsWith('s') || cue.Words[0].EndsWith("ed", StringComparison.Ordinal) || cue.Words[0].EndsWith("ing", StringComparison.Ordinal) || !EventLexicon.Default.IsBareForm(cue.Words[0]))
        {
            return false;
        }

        var previous = words[i - 1];
        return !(previous.Lower is "to" or "will" or "would" or "could" or "can" or "may" or "might" or "must" or "should" or "shall" or "did" or "do" or "does" or "not" or "never" or "and" or "or" or "i" or "we" or "you" or "they" or "also" or "then"
            || previous.Lower.EndsWith("n't", StringComparison.Ordinal) || mentions.Any(m => m.Span.End == previous.End));
    }

    // "if they feel threatened": a participle after "be", "feel" or "get" with no agent is a state, not an act.
    private static bool IsAgentlessPassive(List<SentenceWord> words, int i, EventCue cue)
    {
        if (i == 0 || cue.Words.Count > 1 || !(cue.Words[0].EndsWith("ed", StringComparison.Ordinal) || cue.Words[0] is "held" or "met" or "struck" or "shot" or "sent" or "given" or "spoken"))
        {
            return false;
        }

        var k = i - 1;
        while (k >= 0 && words[k].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            k--;
        }

        var passive = k >= 0 && words[k].Lower is "be" or "been" or "being" or "is" or "are" or "was" or "were" or "feel" or "feels" or "felt" or "get" or "gets" or "got" or "become" or "became";
        return passive && (i + 1 >= words.Count || words[i + 1].Lower != "by");
    }

    private static bool IsNegated(List<SentenceWord> words, int i)
    {
        for (var k = Math.Max(0, i - 3); k < i; k++)
        {
            if (words[k].Lower is "not" or "never" or "no" || words[k].Lower.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseEnd(List<SentenceWord> words, int from, int sentenceEnd)
    {
        for (var k = from; k < words.Count; k++)
        {
            if (words[k].Lower is ";" || (words[k].Lower is "," && k + 1 < words.Count && words[k + 1].Lower is "who" or "which" or "while" or "but" or "saying" or "adding" or "as" or "after" or "before"))
            {
                return words[k].Start;
            }
        }

        return sentenceEnd;
    }

    private static bool NeedsTarget(EventType type) => type is not (EventType.MakeStatement or EventType.ExpressIntent or EventType.Reject or EventType.Demand or EventType.Threaten or EventType.Investigate);

    private static bool DescribesClause(EventType type) => type is EventType.Investigate or EventType.MakeStatement or EventType.Appeal or EventType.ExpressIntent or EventType.Threaten or EventType.Demand or EventType.Reject or EventType.Agree;

    // "welcomed the decision" praises; "received support" is no visit; "hosted the meeting" is hosting.
    private static EventType? Refine(EventCue cue, List<IndexedMention> targets)
    {
        if (cue.Type != EventType.HostVisit || (targets.Count > 0 && targets[0].Entity.Type == EntityType.Person))
        {
            return cue.Type;
        }

        return cue.Words[0].StartsWith("welcom", StringComparison.Ordinal) ? EventType.Praise
            : cue.Words[0].StartsWith("host", StringComparison.Ordinal) ? EventType.HostVisit
            : null;
    }

    private static IndexedMention? Passive(string text, List<SentenceWord> words, int cueEnd, int clauseEnd, IReadOnlyList<IndexedMention> mentions)
    {
        if (cueEnd + 2 >= words.Count || words[cueEnd + 1].Lower != "by" || !words[cueEnd].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return null;
        }

        var agent = mentions.FirstOrDefault(m => m.Span.Start == words[cueEnd + 2].Start || (cueEnd + 3 < words.Count && m.Span.Start == words[cueEnd + 3].Start && words[cueEnd + 2].Lower == "the"));
        return agent is not null && agent.Span.End <= clauseEnd && agent.CanTakePart ? Head(text, agent, mentions) : null;
    }

    /// <summary>
    /// The clause less the event's own time at its end ("that on Tuesday" → "that"), and nothing when what is left is
    /// only a pronoun: "Solvang rejected that on Tuesday" tells what was rejected no better than no clause at all.
    /// </summary>
    private static string? WhatOf(string? clause, string? timeText)
    {
        if (clause is null)
        {
            return null;
        }

        if (timeText is { Length: > 0 } && clause.EndsWith(timeText, StringComparison.Ordinal))
        {
            var head = clause[..^timeText.Length].TrimEnd();
            foreach (var preposition in TimePrepositions)
            {
                if (head.EndsWith(" " + preposition, StringComparison.OrdinalIgnoreCase) || head.Equals(preposition, StringComparison.OrdinalIgnoreCase))
                {
                    head = head[..^preposition.Length].TrimEnd();
                    break;
                }
            }

            clause = head.TrimEnd(',', ' ');
        }

        return clause.Length == 0 || BarePronouns.Contains(clause) ? null : clause;
    }

    private static readonly string[] TimePrepositions = ["on", "in", "at", "by", "during", "since", "until"];

    private static readonly HashSet<string> BarePronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "it", "them", "those", "these", "so", "him", "her",
    };

    private static string? Clause(string text, int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var clause = text[start..end].Trim().TrimEnd('.', ',', ';', ':').Trim();
        if (clause.Length == 0)
        {
            return null;
        }

        return clause.Length <= MaxWhatLength ? clause : clause[..MaxWhatLength].TrimEnd() + "…";
    }
}
