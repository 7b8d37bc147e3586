using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// Finds the names of persons, organisations, places and other entities in a region of a text (usually one paragraph).
/// Implementations are pure and safe to call from several threads at once.
/// </summary>
public interface INamedEntityRecognizer
{
    /// <summary>The mentions inside <paramref name="region"/>, in text order, with spans into <paramref name="text"/>.</summary>
    IReadOnlyList<EntityMention> Recognize(string text, TextSpan region);
}
