namespace Wiredesk.Core.Events;

/// <summary>The CAMEO code and the reader's label of each <see cref="EventType"/>.</summary>
public static class EventTypes
{
    /// <summary>The CAMEO code a type corresponds to.</summary>
    public static string Code(EventType type) => type switch
    {
        EventType.MakeStatement => "010",
        EventType.Appeal => "020",
        EventType.ExpressIntent => "030",
        EventType.Meet => "040",
        EventType.PhoneCall => "041",
        EventType.Visit => "042",
        EventType.HostVisit => "043",
        EventType.Negotiate => "046",
        EventType.Praise => "051",
        EventType.Agree => "057",
        EventType.ProvideAid => "070",
        EventType.Investigate => "090",
        EventType.Demand => "100",
        EventType.Criticize => "111",
        EventType.Reject => "120",
        EventType.Threaten => "130",
        EventType.Sanction => "163",
        EventType.Arrest => "173",
        EventType.UseForce => "190",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown event type"),
    };

    /// <summary>A short lower-case label ("phone call", "host a visit").</summary>
    public static string Label(EventType type) => type switch
    {
        EventType.MakeStatement => "make statement",
        EventType.Appeal => "appeal",
        EventType.ExpressIntent => "express intent",
        EventType.Meet => "meet",
        EventType.PhoneCall => "phone call",
        EventType.Visit => "visit",
        EventType.HostVisit => "host a visit",
        EventType.Negotiate => "negotiate",
        EventType.Praise => "praise",
        EventType.Agree => "agree",
        EventType.ProvideAid => "provide aid",
        EventType.Investigate => "investigate",
        EventType.Demand => "demand",
        EventType.Criticize => "criticize",
        EventType.Reject => "reject",
        EventType.Threaten => "threaten",
        EventType.Sanction => "sanction",
        EventType.Arrest => "arrest",
        EventType.UseForce => "use force",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown event type"),
    };

    /// <summary>
    /// Whether the two sides of the type are interchangeable in the world it describes: a meeting, a call, a visit
    /// and its hosting, talks. Such events reported from either side are one event.
    /// </summary>
    public static bool IsMutual(EventType type) => type is EventType.Meet or EventType.PhoneCall or EventType.Visit or EventType.HostVisit or EventType.Negotiate;
}
