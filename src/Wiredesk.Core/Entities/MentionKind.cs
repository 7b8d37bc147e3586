namespace Wiredesk.Core.Entities;

/// <summary>How a mention names its entity.</summary>
public enum MentionKind
{
    /// <summary>By name, full or partial.</summary>
    Name,

    /// <summary>By a role or title alone: "the NATO chief", "the president".</summary>
    Role,

    /// <summary>By a social-media handle: "@SecGenNATO".</summary>
    Handle,

    /// <summary>By an adjective or demonym: "Turkish".</summary>
    Demonym,

    /// <summary>By its capital standing for the government ("Ankara said"): flagged, the place itself is kept too.</summary>
    Metonymy,
}
