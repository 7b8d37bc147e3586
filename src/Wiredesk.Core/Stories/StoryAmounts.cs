using Wiredesk.Core.Documents;

namespace Wiredesk.Core.Stories;

/// <summary>
/// The same amount of money given differently by the articles of a story: each article's largest amount per currency in
/// its lead, set against the others' in that currency. Amounts within <see cref="Reach"/> of each other are the same
/// figure reported differently ("$4.2 billion" and "$4.1 billion" for one deal); one many times another is another
/// quantity (the deal and the fleet it pays for). A round figure the other rounds to ("$4 billion", "$4.2 billion") is
/// no disagreement, nor are two articles one of which also gives the other's figure.
/// </summary>
internal static class StoryAmounts
{
    /// <summary>How much larger than another an amount may be and still be the same figure told differently.</summary>
    private const decimal Reach = 1.3m;

    /// <summary>The disagreements on amounts among <paramref name="documents"/>, reading the first
    /// <paramref name="leadSentences"/> sentences of each.</summary>
    public static IEnumerable<Disagreement> Find(IReadOnlyList<Document> documents, int leadSentences)
    {
        var largest = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var claim in Largest(document, leadSentences))
            {
                if (!largest.TryGetValue(claim.Amount.Currency.Key, out var claims))
                {
                    claims = [];
                    largest[claim.Amount.Currency.Key] = claims;
                }

                claims.Add(claim);
            }
        }

        foreach (var claims in largest.Values)
        {
            var ordered = claims.OrderByDescending(c => c.Amount.Value).ToList();
            for (var start = 0; start < ordered.Count;)
            {
                var end = start + 1;
                while (end < ordered.Count && ordered[end].Amount.Value * Reach >= ordered[start].Amount.Value)
                {
                    end++;
                }

                if (Of(ordered.GetRange(start, end - start)) is { } disagreement)
                {
                    yield return disagreement;
                }

                start = end;
            }
        }
    }

    /// <summary>The largest amount <paramref name="document"/> gives in each currency in its lead, with its sentence and
    /// the other amounts it gives in that currency.</summary>
    private static List<Claim> Largest(Document document, int leadSentences)
    {
        var mine = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var (span, _) in StorySentences.Of(document).Take(leadSentences))
        {
            var text = span.Of(document.Text);
            foreach (var amount in MoneyAmounts.In(text))
            {
                if (!mine.TryGetValue(amount.Currency.Key, out var best))
                {
                    mine[amount.Currency.Key] = new Claim(amount, new StoryMention(document.Id, span, text), [amount]);
                    continue;
                }

                best.All.Add(amount);
                if (amount.Value > best.Amount.Value)
                {
                    mine[amount.Currency.Key] = best with { Amount = amount, Mention = new StoryMention(document.Id, span, text) };
                }
            }
        }

        return [.. mine.Values];
    }

    /// <summary>The disagreement among amounts close to each other, largest first: a figure takes a side when it
    /// conflicts with another.</summary>
    private static Disagreement? Of(List<Claim> near)
    {
        var figures = near.GroupBy(c => c.Amount.Value)
            .Select(g => (Amount: g.MinBy(c => c.Amount.Precision)!.Amount, Claims: g.ToList()))
            .ToList();
        var sides = figures.Where(f => f.Claims.Any(c => near.Any(o => Conflict(c, o)))).ToList();
        if (sides.Count < 2)
        {
            return null;
        }

        var currency = near[0].Amount.Currency;
        return new Disagreement(
            "amount",
            $"the amount in {currency.Name}",
            sides.Select(f => new DisagreementSide(
                currency.Show(f.Amount.Value),
                f.Claims.Select(c => c.Mention.Document).ToList(),
                f.Claims.Select(c => c.Mention).ToList())).ToList());
    }

    /// <summary>Whether two articles give the amount differently: neither figure could be the other rounded, and neither
    /// article gives the other's figure too (then its largest is another quantity: a target for next year beside this
    /// year's sum).</summary>
    private static bool Conflict(Claim one, Claim other) =>
        !one.Amount.Agrees(other.Amount) && !one.All.Any(a => a.Agrees(other.Amount)) && !other.All.Any(a => a.Agrees(one.Amount));

    /// <summary>An article's largest amount in a currency, the sentence giving it and every amount it gives in that
    /// currency.</summary>
    private sealed record Claim(MoneyAmount Amount, StoryMention Mention, List<MoneyAmount> All);
}
