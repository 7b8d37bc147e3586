namespace Wiredesk.Core.Events.Coding;

/// <summary>What one element of a verb pattern stands for.</summary>
internal enum PatternElementKind
{
    /// <summary>A literal word, matched whole and case-insensitively.</summary>
    Word,

    /// <summary>A synset reference <c>&amp;NAME</c>: any of its phrases, words consecutive.</summary>
    Synset,

    /// <summary><c>$</c>: the source actor stands here.</summary>
    Source,

    /// <summary><c>+</c>: the target actor stands here.</summary>
    Target,

    /// <summary><c>%</c>: a compound actor ("X and Y") stands here; its members act on each other.</summary>
    Compound,

    /// <summary><c>^</c>: one noun phrase is skipped here.</summary>
    Skip,
}
