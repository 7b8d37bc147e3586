namespace Wiredesk.Core.Events.Coding;

/// <summary>A node of a Penn Treebank parse: a phrase label with children, or a part-of-speech tag with its word.</summary>
/// <param name="Label">The phrase label (NP, VP, …) or the tag (NNP, VBD, …).</param>
/// <param name="Word">The word, for a leaf.</param>
/// <param name="Children">The children, for a phrase.</param>
internal sealed record TreebankNode(string Label, string? Word, IReadOnlyList<TreebankNode> Children)
{
    public bool IsLeaf => Word is not null;

    /// <summary>The leaves, left to right.</summary>
    public IEnumerable<TreebankNode> Leaves()
    {
        if (IsLeaf)
        {
            yield return this;
            yield break;
        }

        foreach (var child in Children)
        {
            foreach (var leaf in child.Leaves())
            {
                yield return leaf;
            }
        }
    }
}
