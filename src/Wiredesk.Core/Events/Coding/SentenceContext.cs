namespace Wiredesk.Core.Events.Coding;

/// <summary>One sentence while it is coded: its tokens, verbs, actors, which verb each token belongs to, and the
/// source found for each verb so far.</summary>
internal sealed class SentenceContext
{
    public SentenceContext(IReadOnlyList<CodingToken> tokens, IReadOnlyList<FoundVerb> verbs, SentenceActors actors)
    {
        Tokens = tokens;
        Verbs = verbs;
        Actors = actors;
        Sources = new ActorPhrase?[verbs.Count];
        VerbAt = Enumerable.Repeat(-1, tokens.Count).ToArray();
        for (var v = 0; v < verbs.Count; v++)
        {
            for (var k = verbs[v].First; k <= verbs[v].Last; k++)
            {
                VerbAt[k] = v;
            }
        }
    }

    public IReadOnlyList<CodingToken> Tokens { get; }

    public IReadOnlyList<FoundVerb> Verbs { get; }

    public SentenceActors Actors { get; }

    /// <summary>The source chosen for each verb (filled in verb order).</summary>
    public ActorPhrase?[] Sources { get; }

    /// <summary>For each token, the index of the verb it belongs to, or -1.</summary>
    public int[] VerbAt { get; }
}
