using Wiredesk.Core.Entities;
using Wiredesk.Core.Text;
using Wiredesk.Core.Time;

namespace Wiredesk.Core.Events;

/// <summary>Finding the sides of an event, its place and its time.</summary>
public sealed partial class EventExtractor
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she" };

    private static List<IndexedMention> FindTargets(string text, List<SentenceWord> words, int from, int clauseEnd, EventCue cue, IReadOnlyList<IndexedMention> mentions)
    {
        var targets = new List<IndexedMention>();
        if (cue.Target == CueTarget.None)
        {
            return targets;
        }

        // The object right after the cue (within a few words, no clause break), or after one of the cue's prepositions;
        // when a clause follows the cue ("warned that …"), only a participant after one of its prepositions.
        IndexedMention? first = null;
        var gap = 0;
        var mode = cue.Target;
        for (var k = from; k < words.Count && words[k].Start < clauseEnd && first is null; k++)
        {
            var word = words[k];
            if (mode == CueTarget.After && word.Lower == "that" && gap == 0 && cue.Prepositions.Count > 0)
            {
                mode = CueTarget.Preposition;
                gap++;
                continue;
            }

            if (word.IsBreak || (word.Lower is "that" or "to" && mode != CueTarget.Preposition && gap > 0))
            {
                break;
            }

            var here = mentions.FirstOrDefault(m => m.Span.Start == word.Start);
            var allowed = mode == CueTarget.After ? gap < MaxGapWords || (k > from && cue.Prepositions.Contains(words[k - 1].Lower))
                : k > from && cue.Prepositions.Contains(words[k - 1].Lower);
            if (here is not null && here.CanTakePart && allowed)
            {
                first = Head(text, here, mentions);
            }
            else if (mode == CueTarget.Preposition && gap > 12)
            {
                break;
            }

            gap++;
        }

        if (first is null)
        {
            return targets;
        }

        targets.Add(first);
        // Coordinated targets: "with A, B and C".
        var last = first;
        while (NextCoordinated(text, last, mentions, clauseEnd) is { } next)
        {
            targets.Add(next);
            last = next;
        }

        return targets;
    }

    // "NATO Secretary General Mark Rutte": the person named after an organisation and a title is the one meant.
    private static IndexedMention Head(string text, IndexedMention mention, IReadOnlyList<IndexedMention> mentions)
    {
        var head = mention;
        while (mentions.FirstOrDefault(m => m.Span.Start > head.Span.End - 1 && m.Span.Start >= head.Span.End) is { } next
            && next.Kind != MentionKind.Demonym && (next.Entity.Type == EntityType.Person || head.Kind == MentionKind.Demonym)
            && IsTitleRun(text, head.Span.End, next.Span.Start))
        {
            head = next;
        }

        return head;
    }

    private static bool IsTitleRun(string text, int start, int end)
    {
        if (end - start > 60)
        {
            return false;
        }

        foreach (var word in text[start..end].Split([' ', '\u00A0', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Trim('’', '\'', 's');
            if (word is "of" or "the" or "'s" or "’s" || word.Length == 0 || char.IsUpper(word[0]) || w.Length == 0)
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static IndexedMention? NextCoordinated(string text, IndexedMention last, IReadOnlyList<IndexedMention> mentions, int clauseEnd)
    {
        var next = mentions.FirstOrDefault(m => m.Span.Start >= last.Span.End);
        if (next is null || next.Span.End > clauseEnd)
        {
            return null;
        }

        var between = text[last.Span.End..next.Span.Start].Trim();
        if (between is not ("," or "and" or ", and" or "&"))
        {
            return null;
        }

        var head = Head(text, next, mentions);
        return head.CanTakePart ? head : null;
    }

    private static EventParticipant? FindActor(string document, List<SentenceWord> words, int cueIndex, TextSpan sentence, IReadOnlyList<IndexedMention> mentions, HashSet<IndexedMention> consumed, EntityMentionIndex index, int previousEnd, EventParticipant? previousActor)
    {
        var cueStart = words[cueIndex].Start;

        // A verb coordinated with an earlier cue of the sentence ("visits Türkiye to meet Erdoğan, hails Ankara") has its actor.
        if (previousActor is not null && !mentions.Any(m => m.Span.Start >= previousEnd && m.Span.End <= cueStart && m.CanTakePart && !consumed.Contains(m)))
        {
            return previousActor;
        }

        // "troops who refused": the actor of a relative clause is the noun right before "who", or no one we know.
        var k0 = cueIndex - 1;
        while (k0 >= 0 && Adverb(words[k0].Lower))
        {
            k0--;
        }

        // "Smith said he would visit …", "something he rebuffed": a pronoun right before the verb is its subject.
        var k1 = k0;
        while (k1 >= 0 && words[k1].Lower is "would" or "will" or "had" or "has" or "have" or "could" or "might" or "may" or "did" or "was" or "is")
        {
            k1--;
        }

        if (k1 >= 0 && Pronouns.Contains(words[k1].Lower))
        {
            return index.LastPersonBefore(document, words[k1].Start)?.ToParticipant();
        }

        if (k0 >= 0 && words[k0].Lower is "who" or "which")
        {
            var antecedent = mentions.LastOrDefault(m => m.Span.End <= words[k0].Start && m.CanTakePart);
            var gapWords = antecedent is null ? int.MaxValue : words.Count(w => w.Start >= antecedent.Span.End && w.Start < words[k0].Start && !w.IsBreak);
            return gapWords == 0 ? antecedent!.ToParticipant() : null;
        }

        // An appositive right before the cue ("Ofer Shacham, Google's manager for the Pixel Visual Core, announced"):
        // the subject is before it.
        var limit = cueStart;
        if (k0 >= 0 && words[k0].IsBreak)
        {
            var open = k0 - 1;
            while (open >= 0 && !words[open].IsBreak)
            {
                open--;
            }

            if (open >= 0 && mentions.Any(m => m.Span.End <= words[open].Start && m.CanTakePart))
            {
                limit = words[open].Start;
            }
        }

        var before = mentions.Where(m => m.Span.End <= limit && m.CanTakePart && !consumed.Contains(m) && !AfterPreposition(words, m)).ToList();
        if (before.Count > 0)
        {
            // The nearest person or organisation before the cue; a country only when no one is named.
            var person = before.LastOrDefault(m => m.Entity.Type is EntityType.Person or EntityType.Organization);
            return (person ?? before[^1]).ToParticipant();
        }

        for (var k = cueIndex - 1; k >= 0; k--)
        {
            if (Pronouns.Contains(words[k].Lower))
            {
                return index.LastPersonBefore(document, sentence.Start)?.ToParticipant();
            }
        }

        return null;
    }

    private static bool Adverb(string word) => word.EndsWith("ly", StringComparison.Ordinal) || word is "also" or "then" or "later" or "again" or "once" or "still" or "never" or "already" or "reportedly" or "allegedly";

    // "the manager for the Pixel Visual Core", "with his mother Michelle": a name after a preposition is not a subject.
    private static bool AfterPreposition(List<SentenceWord> words, IndexedMention mention)
    {
        var k = words.FindLastIndex(w => w.End <= mention.Span.Start);
        while (k >= 0 && words[k].Lower is "the" or "a" or "an" or "his" or "her" or "its" or "their")
        {
            k--;
        }

        return k >= 0 && words[k].Lower is "of" or "for" or "in" or "at" or "with" or "from" or "by" or "on" or "to" or "about" or "against" or "like" or "than" or "into" or "over" or "under";
    }

    private static IndexedMention? FindPlace(string text, IReadOnlyList<IndexedMention> mentions, TextSpan sentence, TextSpan cue, List<IndexedMention> targets, EventParticipant actor)
    {
        IndexedMention? best = null;
        foreach (var mention in mentions)
        {
            if (mention.Entity.Type != EntityType.Place || mention.Kind is MentionKind.Demonym or MentionKind.Metonymy || targets.Contains(mention) || mention.Entity.Id == actor.EntityId)
            {
                continue;
            }

            var preceding = text[Math.Max(sentence.Start, mention.Span.Start - 4)..mention.Span.Start];
            if (!preceding.EndsWith("in ", StringComparison.Ordinal) && !preceding.EndsWith("at ", StringComparison.Ordinal))
            {
                continue;
            }

            if (best is null || Distance(mention.Span, cue) < Distance(best.Span, cue))
            {
                best = mention;
            }
        }

        return best;
    }

    private static TimeExpression? NearestTime(string text, IReadOnlyList<TimeExpression> times, TextSpan sentence, TextSpan cue)
    {
        TimeExpression? best = null;
        foreach (var time in times)
        {
            if (time.Span.Start < sentence.Start || time.Span.End > sentence.End || time.Type is not (TimeExpressionType.Date or TimeExpressionType.Time) || !IsCalendarValue(time.Value))
            {
                continue;
            }

            // A date before the verb belongs to it only within its clause: "fail back in 2022 and warned" does not date the warning.
            if (time.Span.End <= cue.Start && OtherClause(text[time.Span.End..cue.Start]))
            {
                continue;
            }

            // After the cue is where a verb's date usually is ("received Rutte on May 13"); before it counts double.
            var distance = time.Span.Start >= cue.End ? time.Span.Start - cue.End : 2 * (cue.Start - time.Span.End);
            if (best is null || distance < (best.Span.Start >= cue.End ? best.Span.Start - cue.End : 2 * (cue.Start - best.Span.End)))
            {
                best = time;
            }
        }

        return best;
    }

    private static bool OtherClause(string between) =>
        between.Contains(" and ", StringComparison.Ordinal) || between.Contains(" but ", StringComparison.Ordinal) || between.Contains(';', StringComparison.Ordinal)
        || between.Contains(" that ", StringComparison.Ordinal) || between.Contains(" which ", StringComparison.Ordinal) || between.Contains(" who ", StringComparison.Ordinal);

    /// <summary>Whether a TIMEX3 value names a point on the calendar ("2025-05-13", "2025-W20", "2025-05"), not "PRESENT_REF".</summary>
    internal static bool IsCalendarValue(string value) => value.Length >= 4 && char.IsDigit(value[0]) && char.IsDigit(value[3]);

    private static int Distance(TextSpan a, TextSpan b) => a.Start >= b.End ? a.Start - b.End : Math.Max(0, b.Start - a.End);
}
