using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>
/// Finds the people named in a region of a text, for speaker attribution. Contract: mentions lie inside the region,
/// in order and without overlap; the text is not modified.
/// </summary>
public interface IPersonFinder
{
    /// <summary>The people named in <paramref name="region"/> of <paramref name="text"/>.</summary>
    IReadOnlyList<PersonMention> Find(string text, TextSpan region);
}
