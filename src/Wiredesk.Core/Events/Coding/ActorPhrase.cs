namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A noun phrase (or a compound of several joined by <c>and</c>, <c>or</c>, <c>nor</c> or commas) that names actors:
/// the full codes of its members, actor and agent codes combined (<c>Gondor's government</c> → <c>GONGOV</c>).
/// </summary>
/// <param name="First">First token (determiners included).</param>
/// <param name="Last">Last token.</param>
/// <param name="Codes">One code per member; <c>---</c> stands for a missing actor (<c>a senior official</c> → <c>---GOV</c>).</param>
/// <param name="Governed">Whether a preposition stands right before it (it is then not a subject).</param>
/// <param name="AfterBy">Whether that preposition is <c>by</c> (the agent of a passive verb).</param>
internal sealed record ActorPhrase(int First, int Last, IReadOnlyList<string> Codes, bool Governed, bool AfterBy)
{
    public bool IsCompound => Codes.Count > 1;
}
