namespace Wiredesk.Core.Events.Coding;

/// <summary>An actor of the actors dictionary: a name (or synonym) and its codes, in dictionary order.</summary>
/// <param name="Words">The upper-case words of the name.</param>
/// <param name="Codes">The codes, restricted ones first in the order written.</param>
internal sealed record ActorEntry(IReadOnlyList<string> Words, IReadOnlyList<DatedCode> Codes)
{
    /// <summary>
    /// The code on <paramref name="date"/>: the first restricted code whose bounds hold that date, else the first
    /// unrestricted code; null when none applies. Without a date only unrestricted codes apply (or, when every code is
    /// restricted, the first).
    /// </summary>
    public string? CodeOn(DateOnly? date)
    {
        if (date is { } day && Codes.FirstOrDefault(c => c.IsRestricted && c.HoldsOn(day)) is { } dated)
        {
            return dated.Code;
        }

        return Codes.FirstOrDefault(c => !c.IsRestricted)?.Code ?? (date is null && Codes.Count > 0 ? Codes[0].Code : null);
    }
}
