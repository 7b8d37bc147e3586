namespace Wiredesk.Core.Events.Coding;

/// <summary>A dictionary verb found in a sentence.</summary>
/// <param name="First">First token of the verb (several for a multi-word verb).</param>
/// <param name="Last">Last token of the verb.</param>
/// <param name="VerbToken">The token of the verb word proper.</param>
/// <param name="Forms">The dictionary forms that match there (one per block that lists them).</param>
internal sealed record FoundVerb(int First, int Last, int VerbToken, IReadOnlyList<VerbForm> Forms);
