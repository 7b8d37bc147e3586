namespace Wiredesk.Core.Quotes;

/// <summary>The grammatical gender a person can be referred to by, when the text tells (a title or a known first name).</summary>
public enum PersonGender
{
    /// <summary>Not known: compatible with any pronoun.</summary>
    Unknown,

    /// <summary>Referred to as "he".</summary>
    Male,

    /// <summary>Referred to as "she".</summary>
    Female,
}
