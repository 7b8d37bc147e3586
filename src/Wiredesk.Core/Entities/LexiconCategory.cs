namespace Wiredesk.Core.Entities;

/// <summary>The categories of the hand-written lexicon (<see cref="HandLexicon"/>).</summary>
internal enum LexiconCategory
{
    Country,
    Demonym,
    Region,
    City,
    Title,
    Honorific,
    OrganizationWord,
    OrganizationAcronym,
    Month,
    Weekday,
    GivenName,
    Sport,
}
