using System.Globalization;
using Wiredesk.Core.Documents;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Events;

namespace Wiredesk.Core.Stories;

/// <summary>
/// Finds where the articles of a story disagree: a person said to attend in one article and to stay away in another;
/// different counts of the dead, injured or arrested; different amounts of money for the same deal or sum; different
/// dates for the same event. Only claims from different documents can disagree.
/// </summary>
public static class StoryDisagreements
{
    private const int CueReach = 6;

    /// <summary>
    /// The sentences of each article read for counts and amounts: the lead and what follows it, where an article states the event's
    /// toll. Further down come tallies of other times ("6,644 deaths that year"), which are not this event's count.
    /// </summary>
    private const int CountSentences = 8;

    private static readonly string[] Attends = ["attend", "attends", "attended", "attending", "participate", "participates", "participating", "join", "joins", "joining", "involving", "take part", "takes part", "be present", "travel to", "travels to", "arrive in", "arrives in"];
    private static readonly string[] StaysAway = ["skip", "skips", "skipping", "skipped", "snub", "snubs", "snubbing", "stay away", "stays away", "absent", "lower-level delegation", "lower level delegation", "boycott", "boycotts", "won't attend", "will not attend", "not attend", "not to attend", "declined to attend", "pulled out"];
    // A part of every cue: a sentence holding none of them says nothing about attendance.
    private static readonly string[] Cues = ["attend", "particip", "join", "involving", "take part", "takes part", "present", "travel", "arrive", "skip", "snub", "stay", "absent", "lower", "boycott", "pulled out"];

    private static readonly Dictionary<string, string> CountNouns = new(StringComparer.Ordinal)
    {
        ["killed"] = "killed", ["dead"] = "killed", ["died"] = "killed", ["deaths"] = "killed", ["fatalities"] = "killed",
        ["injured"] = "injured", ["wounded"] = "injured", ["hurt"] = "injured", ["injuries"] = "injured",
        ["arrested"] = "arrested", ["detained"] = "arrested", ["missing"] = "missing", ["evacuated"] = "evacuated",
        ["fires"] = "fires", ["explosions"] = "explosions", ["blasts"] = "explosions", ["crashes"] = "crashes",
        ["complaints"] = "complaints", ["attacks"] = "attacks",
    };

    /// <summary>Slots that count things that happened ("14 fires") rather than people something happened to.</summary>
    private static readonly HashSet<string> CountedEvents = new(StringComparer.Ordinal) { "fires", "explosions", "crashes", "complaints", "attacks" };

    /// <summary>Verbs that give a count after them: "injuring 14 workers", "evacuate about 3,000 residents".</summary>
    private static readonly Dictionary<string, string> CountVerbs = new(StringComparer.Ordinal)
    {
        ["killing"] = "killed", ["killed"] = "killed", ["injuring"] = "injured", ["wounding"] = "injured", ["hurting"] = "injured",
        ["arresting"] = "arrested", ["detaining"] = "arrested", ["detained"] = "arrested", ["evacuate"] = "evacuated",
        ["evacuated"] = "evacuated", ["evacuating"] = "evacuated",
    };

    /// <summary>Numbers written as words, as counts of people are in running text ("Twelve workers were injured").</summary>
    private static readonly Dictionary<string, long> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
    };

    /// <summary>Words after a number that make it a time, a share or a rate, not a count of people.</summary>
    private static readonly HashSet<string> NotPeople = new(
        ["minutes", "hours", "days", "weeks", "months", "years", "times", "percent", "per", "%", "kilometres", "kilometers", "miles", "metres", "meters", "a.m", "p.m", "am", "pm"],
        StringComparer.Ordinal);

    /// <summary>The disagreements among <paramref name="documents"/>.</summary>
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<Document> documents, EntityMentionIndex mentions, IReadOnlyList<StoryEvent> events)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(events);
        var found = new List<Disagreement>();
        found.AddRange(Attendance(documents, mentions));
        found.AddRange(Counts(documents));
        found.AddRange(StoryAmounts.Find(documents, CountSentences));
        found.AddRange(Dates(events));
        found.AddRange(Actors(events));
        return found;
    }

    private static IEnumerable<Disagreement> Attendance(IReadOnlyList<Document> documents, EntityMentionIndex index)
    {
        var claims = new Dictionary<string, (string Name, List<StoryMention> Yes, List<StoryMention> No)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (span, _) in StorySentences.Of(document))
            {
                var text = span.Of(document.Text);
                var lower = text.ToLowerInvariant();
                if (!Cues.Any(c => lower.Contains(c, StringComparison.Ordinal)))
                {
                    continue;
                }

                foreach (var mention in index.In(document.Id, span).Where(m => m.Entity.Type == EntityType.Person && m.Kind is MentionKind.Name or MentionKind.Role))
                {
                    var at = mention.Span.Start - span.Start;
                    var stance = Stance(lower, at, at + mention.Span.Length);
                    if (stance is null)
                    {
                        continue;
                    }

                    if (!claims.TryGetValue(mention.Entity.Id, out var claim))
                    {
                        claim = (mention.Entity.Name, [], []);
                        claims[mention.Entity.Id] = claim;
                    }

                    (stance.Value ? claim.Yes : claim.No).Add(new StoryMention(document.Id, span, text));
                }
            }
        }

        foreach (var (_, (name, yes, no)) in claims)
        {
            var yesDocuments = yes.Select(m => m.Document).Distinct(StringComparer.Ordinal).ToList();
            var noDocuments = no.Select(m => m.Document).Distinct(StringComparer.Ordinal).ToList();
            if (yesDocuments.Count == 0 || noDocuments.Count == 0 || yesDocuments.Union(noDocuments).Count() < 2)
            {
                continue;
            }

            yield return new Disagreement(
                "attendance",
                $"whether {name} attends",
                [new DisagreementSide($"{name} attends", yesDocuments, yes), new DisagreementSide($"{name} does not attend", noDocuments, no)]);
        }
    }

    // A cue within a few words of the name: "talks involving Putin", "Putin appears poised to skip the talks".
    private static bool? Stance(string sentence, int nameStart, int nameEnd)
    {
        var before = Window(sentence, nameStart, backwards: true);
        var after = Window(sentence, nameEnd, backwards: false);
        if (StaysAway.Any(c => Contains(after, c) || Contains(before, c)))
        {
            return false;
        }

        if (Attends.Any(c => Contains(after, c) || Contains(before, c)))
        {
            var negated = Contains(after, "not") || Contains(after, "n't") || Contains(after, "never");
            return !negated;
        }

        return null;
    }

    private static string Window(string sentence, int from, bool backwards)
    {
        var words = backwards
            ? sentence[..from].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(CueReach)
            : sentence[from..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(CueReach);
        return " " + string.Join(' ', words).Trim(',', '.', ';') + " ";
    }

    private static bool Contains(string window, string cue) =>
        window.Contains(" " + cue + " ", StringComparison.Ordinal) || window.Contains(" " + cue + ",", StringComparison.Ordinal) || (cue == "n't" && window.Contains("n't ", StringComparison.Ordinal));

    private static IEnumerable<Disagreement> Counts(IReadOnlyList<Document> documents)
    {
        var claims = new Dictionary<string, Dictionary<long, List<StoryMention>>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (span, _) in StorySentences.Of(document).Take(CountSentences))
            {
                var text = span.Of(document.Text);
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”').ToLowerInvariant()).ToArray();
                for (var i = 0; i < words.Length; i++)
                {
                    if (Count(words[i]) is not { } number || (i + 1 < words.Length && NotPeople.Contains(words[i + 1])))
                    {
                        continue;
                    }

                    if (SlotOf(words, i) is { } slot)
                    {
                        if (!claims.TryGetValue(slot, out var values))
                        {
                            values = [];
                            claims[slot] = values;
                        }

                        if (!values.TryGetValue(number, out var said))
                        {
                            said = [];
                            values[number] = said;
                        }

                        said.Add(new StoryMention(document.Id, span, text));
                    }
                }
            }
        }

        foreach (var (slot, values) in claims)
        {
            // The largest figure each document gives is its count; documents that give different counts disagree.
            var byDocument = values.SelectMany(v => v.Value.Select(m => (m.Document, Number: v.Key, Mention: m)))
                .GroupBy(c => c.Document, StringComparer.Ordinal)
                .Select(g => g.OrderByDescending(c => c.Number).First())
                .ToList();
            var distinct = byDocument.Select(c => c.Number).Distinct().ToList();
            if (distinct.Count < 2)
            {
                continue;
            }

            yield return new Disagreement(
                "count",
                CountedEvents.Contains(slot) ? $"how many {slot}" : $"how many were {slot}",
                distinct.OrderByDescending(n => n).Select(n => new DisagreementSide(
                    $"{n.ToString(CultureInfo.InvariantCulture)} {slot}",
                    byDocument.Where(c => c.Number == n).Select(c => c.Document).ToList(),
                    byDocument.Where(c => c.Number == n).Select(c => c.Mention).ToList())).ToList());
        }
    }

    /// <summary>A figure from 2 to 10 million that is not a year, in digits or as a word.</summary>
    private static long? Count(string word)
    {
        if (NumberWords.TryGetValue(word, out var named))
        {
            return named;
        }

        return long.TryParse(word.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number is >= 2 and <= 10_000_000 && number is not (>= 1900 and <= 2100) ? number : null;
    }

    /// <summary>What the number at <paramref name="at"/> counts: a count noun within three words after it ("12 workers were
    /// injured"), else a count verb within three words before it ("injuring 14 workers", "evacuate about 3,000"), not in
    /// the perfect ("has killed more than 20,000").</summary>
    private static string? SlotOf(string[] words, int at)
    {
        for (var k = at + 1; k < Math.Min(words.Length, at + 4); k++)
        {
            if (CountNouns.TryGetValue(words[k], out var slot))
            {
                return slot;
            }
        }

        for (var k = at - 1; k >= Math.Max(0, at - 3); k--)
        {
            // "has killed more than 20,000 people in the past seven years" is a tally over time, not this event's count.
            if (CountVerbs.TryGetValue(words[k], out var slot))
            {
                return k > 0 && words[k - 1] is "has" or "have" or "had" ? null : slot;
            }
        }

        return null;
    }

    // "Who did it": an attack or a sanction on the same target, blamed on different actors by different articles.
    private static IEnumerable<Disagreement> Actors(IReadOnlyList<StoryEvent> events)
    {
        var blamed = events
            .Where(e => e.Type is EventType.UseForce or EventType.Sanction && e.Target is not null && e.Actor is not null)
            .GroupBy(e => (e.Type, e.Target!.EntityId));
        foreach (var group in blamed)
        {
            var byActor = group.GroupBy(e => e.Actor!.EntityId).ToList();
            if (byActor.Count < 2)
            {
                continue;
            }

            var sides = byActor.Select(a => (Actor: a.First().Actor!.Name, Documents: a.SelectMany(e => e.Documents).Distinct(StringComparer.Ordinal).ToList(), Reports: a.SelectMany(e => e.Reports).ToList())).ToList();
            // Articles that name both actors report two acts, not a disagreement.
            var inAll = sides.Skip(1).Aggregate(sides[0].Documents.ToHashSet(StringComparer.Ordinal), (shared, side) => { shared.IntersectWith(side.Documents); return shared; });
            if (inAll.Count > 0 || sides.Select(x => x.Documents).Any(d => d.Count == 0))
            {
                continue;
            }

            var (type, _) = group.Key;
            var target = group.First().Target!.Name;
            yield return new Disagreement(
                "actor",
                $"who: {EventTypes.Label(type)} {target}",
                sides.Select(x => new DisagreementSide(
                    $"{x.Actor} {EventTypes.Label(type)} {target}",
                    x.Documents,
                    x.Reports.Select(r => new StoryMention(r.Document, r.Sentence, r.CueText)).ToList())).ToList());
        }
    }

    private static IEnumerable<Disagreement> Dates(IReadOnlyList<StoryEvent> events)
    {
        foreach (var e in events)
        {
            var days = e.Reports.Where(r => r.Time is { Length: 10 }).GroupBy(r => r.Time!, StringComparer.Ordinal).ToList();
            if (days.Count < 2 || days.SelectMany(d => d.Select(r => r.Document)).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var label = $"{e.Actor?.Name} {EventTypes.Label(e.Type)}{(e.Target is null ? string.Empty : " " + e.Target.Name)}";
            yield return new Disagreement(
                "date",
                $"when: {label}",
                days.Select(d => new DisagreementSide(
                    d.Key,
                    d.Select(r => r.Document).Distinct(StringComparer.Ordinal).ToList(),
                    d.Select(r => new StoryMention(r.Document, r.Sentence, r.CueText)).ToList())).ToList());
        }
    }
}
