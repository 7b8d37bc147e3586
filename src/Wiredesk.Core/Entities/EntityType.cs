namespace Wiredesk.Core.Entities;

/// <summary>The kinds of named entity Wiredesk recognises (CoNLL-2003's PER, ORG, LOC and MISC).</summary>
public enum EntityType
{
    /// <summary>A person, real or fictional (CoNLL PER).</summary>
    Person,

    /// <summary>A company, party, government body, team, agency or other organisation (CoNLL ORG).</summary>
    Organization,

    /// <summary>A country, region, city, geographic feature or other place (CoNLL LOC).</summary>
    Place,

    /// <summary>Any other name: nationalities, events, works, products, languages (CoNLL MISC).</summary>
    Other,
}
