namespace Wiredesk.Core.Reuse;

/// <summary>How a generated article was made: an original, or a copy of an earlier one with a kind of edit.</summary>
public enum SyntheticEdit
{
    /// <summary>An original article.</summary>
    None,

    /// <summary>A republished copy: a few words replaced, spellings and quote marks switched, a sentence dropped.</summary>
    Light,

    /// <summary>A copy with sentences inserted and deleted as well.</summary>
    Restructured,

    /// <summary>A shortened rewrite: the first quarter to half of the source, lightly edited.</summary>
    Shortened,

    /// <summary>A copy with whole paragraphs of new text before or after it.</summary>
    Extended,
}
