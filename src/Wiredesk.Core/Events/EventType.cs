namespace Wiredesk.Core.Events;

/// <summary>
/// What happened, in a taxonomy built on CAMEO (Conflict and Mediation Event Observations). Each type names the CAMEO
/// code it corresponds to in <see cref="EventTypes"/>; docs/events.md lists the cue words of each.
/// </summary>
public enum EventType
{
    /// <summary>Announce or declare (CAMEO 010). Never the default for a plain "said": that is a quotation, not an event.</summary>
    MakeStatement,

    /// <summary>Appeal, urge or call on someone to act (CAMEO 020).</summary>
    Appeal,

    /// <summary>Pledge, promise or offer to act (CAMEO 030).</summary>
    ExpressIntent,

    /// <summary>Meet or hold talks (CAMEO 040).</summary>
    Meet,

    /// <summary>Talk by telephone (CAMEO 041).</summary>
    PhoneCall,

    /// <summary>Visit a place or a host (CAMEO 042).</summary>
    Visit,

    /// <summary>Receive or host a visitor (CAMEO 043).</summary>
    HostVisit,

    /// <summary>Negotiate (CAMEO 046).</summary>
    Negotiate,

    /// <summary>Praise or endorse (CAMEO 051).</summary>
    Praise,

    /// <summary>Agree or sign an agreement (CAMEO 057).</summary>
    Agree,

    /// <summary>Provide aid (CAMEO 070).</summary>
    ProvideAid,

    /// <summary>Investigate or open an inquiry (CAMEO 090).</summary>
    Investigate,

    /// <summary>Demand (CAMEO 100).</summary>
    Demand,

    /// <summary>Criticize, condemn or accuse (CAMEO 111/112).</summary>
    Criticize,

    /// <summary>Reject or refuse (CAMEO 120).</summary>
    Reject,

    /// <summary>Threaten, warn of consequences (CAMEO 130).</summary>
    Threaten,

    /// <summary>Impose sanctions or an embargo (CAMEO 163).</summary>
    Sanction,

    /// <summary>Arrest or detain (CAMEO 173).</summary>
    Arrest,

    /// <summary>Use force: attack, shell, bomb, kill (CAMEO 18–19).</summary>
    UseForce,
}
