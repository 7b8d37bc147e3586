using Wiredesk.Core.Documents;

namespace Wiredesk.Storage.Contract.Support;

/// <summary>
/// Five invented stories: a wire report of a harbour fire, a local paper's story that copies about forty of its words
/// with a few edits (a verb swapped, "hurt" for "injured", a word inserted), and three stories on other subjects.
/// </summary>
internal static class HarbourFire
{
    public static Document Wire { get; } = Stories.Story(
        "harbour-fire-wire",
        new DateOnly(2025, 6, 7),
        8,
        "Fire destroys empty warehouse in Porto harbour",
        "A fire broke out overnight in a timber warehouse at the northern harbour of Porto, forcing the evacuation of seventeen families from nearby flats, the city's civil protection service said on Saturday.",
        "Firefighters fought the blaze for more than six hours before bringing it under control shortly after dawn. No one was seriously hurt, although two firefighters were treated for smoke inhalation at the scene and later released.",
        "The cause of the fire was not yet known. Harbour officials said the warehouse had been empty since the spring, when its owner moved the business to an industrial park outside the city.",
        "Ferry services to the islands were suspended for the morning and are expected to resume on Sunday.");

    public static Document Daily { get; } = Stories.Story(
        "harbour-fire-daily",
        new DateOnly(2025, 6, 7),
        14,
        "Ribeira wakes to smoke as old warehouse burns",
        "Residents of the Ribeira district woke on Saturday to the smell of smoke drifting across the river from the docks.",
        "Firefighters battled the blaze for more than six hours before bringing it under control shortly after dawn. No one was seriously injured, although two firefighters were treated for smoke inhalation at the scene and were later released. The cause of the fire was not yet known.",
        "Maria Santos, who runs a café on the quay, said she had complained to the council about the empty building several times. \"Nobody listened to us,\" she said, standing outside her shuttered shop.",
        "A spokesman for the parish promised that a public meeting would be held next week.");

    public static IReadOnlyList<Document> Unrelated { get; } =
    [
        Stories.Story(
            "kaunas-budget",
            new DateOnly(2025, 6, 5),
            11,
            "Kaunas backs bigger bus budget",
            "Kaunas city council approved a budget on Thursday that raises spending on public transport by nine percent while freezing most other departments.",
            "The deputy mayor said the increase would pay for forty new electric buses and longer evening timetables.",
            "Opposition councillors voted against the plan, arguing that property taxes would have to rise next year to cover the gap."),
        Stories.Story(
            "bergen-football",
            new DateOnly(2025, 6, 8),
            20,
            "Late goals lift Bergen to second",
            "Two late goals gave Bergen a 3-1 win over Tromsø on Sunday, lifting the home side to second place in the table.",
            "The visitors had led at half-time through a header from their captain, but tired badly in the final twenty minutes.",
            "Bergen's coach praised his substitutes and said the squad would rest before the cup match on Wednesday."),
        Stories.Story(
            "brno-rail-strike",
            new DateOnly(2025, 6, 6),
            7,
            "Brno train drivers to strike for two days",
            "Train drivers in Brno will walk out for forty-eight hours from Tuesday in a dispute over pay and rest breaks, their union announced.",
            "The regional operator said it would run a reduced timetable using managers and retired drivers where possible.",
            "Commuters were advised to work from home or to allow extra time for journeys into the city centre."),
    ];

    /// <summary>All five, the wire story first.</summary>
    public static IReadOnlyList<Document> All { get; } = [Wire, Unrelated[0], Daily, Unrelated[1], Unrelated[2]];
}
