namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// The event code a verb or pattern assigns, as written in a verb dictionary: <c>[064]</c> codes source → target;
/// <c>[032:033]</c> also codes the reverse event target → source (a visit is also a hosting), <c>[:173]</c> only the
/// reverse one; <c>[---]</c> is the null code (no event).
/// </summary>
/// <param name="Forward">The code of the source → target event, or <c>---</c>.</param>
/// <param name="Reverse">The code of the target → source event, if any.</param>
internal sealed record VerbCode(string Forward, string? Reverse)
{
    public const string NullCode = "---";

    public static VerbCode Null { get; } = new(NullCode, null);

    /// <summary>Whether the code produces no event.</summary>
    public bool IsNull => Forward == NullCode && Reverse is null;

    /// <summary>Reads the text between the brackets, e.g. <c>032:033</c>; null when it is not a code.</summary>
    public static VerbCode? Parse(string text)
    {
        var parts = text.Trim().Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || parts.Any(p => p.Any(char.IsWhiteSpace)) || parts[^1].Length == 0)
        {
            return null;
        }

        var reverse = parts.Length == 2 && parts[1] != NullCode ? parts[1] : null;
        return new VerbCode(parts[0].Length == 0 ? NullCode : parts[0], reverse);
    }

    public override string ToString() => Reverse is null ? Forward : Forward + ":" + Reverse;
}
