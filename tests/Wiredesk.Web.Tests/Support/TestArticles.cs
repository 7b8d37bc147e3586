namespace Wiredesk.Web.Tests.Support;

/// <summary>Short articles written for these tests: one event told by three outlets (one a copy), and an unrelated one.</summary>
internal static class TestArticles
{
    public const string HarborId = "harbor-ferry-strike";
    public const string NorthgateId = "northgate-ferry-strike";
    public const string ValleyCopyId = "valley-ferry-strike";
    public const string LibraryId = "council-library-budget";

    private const string HarborText =
        "PORTMERE — Ferry workers walked off the job on Monday over new night shifts, halting every crossing between Portmere and Gull Island. " +
        "\"We will not sail until the new rota is withdrawn,\" said Maria Okafor, the regional secretary of the Seafarers Union. " +
        "The Portmere Ferry Company said on Sunday that it had offered talks and called the strike premature. " +
        "About 4,000 passengers use the crossing each day, most of them commuters and schoolchildren from the island. " +
        "Okafor said the shifts would leave crews working three nights in a row without a rest day. " +
        "The company said crossings are expected to resume on March 5 if talks at the harbour office succeed.";

    private const string NorthgateText =
        "Crossings to Gull Island stopped on Monday as ferry crews in Portmere began a strike against night shifts. " +
        "Maria Okafor of the Seafarers Union told reporters: \"We will not sail until the new rota is withdrawn.\" " +
        "Islanders queued at the harbour for hours before the Portmere Ferry Company cancelled the last boat. " +
        "The company said it regretted the strike and wanted talks with the union this week. " +
        "Shopkeepers on Gull Island said deliveries of fresh food would run short by Wednesday if the boats stayed in port.";

    private const string LibraryText =
        "The city council of Elmbridge approved a budget of 2.1 million pounds for a new central library on Thursday. " +
        "Councillor Priya Nandakumar said the building would open in the spring of 2028 with a children's floor and a makerspace. " +
        "Opposition members voted against the plan, saying the money should go to road repairs first. " +
        "Construction is due to start in September on the site of the old bus depot near the river.";

    public static string JsonArray() =>
        "[" + string.Join(",", Item(HarborId, "Harbor Wire", "2026-03-02", "Ferry workers strike over night shifts in Portmere", HarborText),
            Item(NorthgateId, "Northgate Post", "2026-03-02", "Gull Island cut off as Portmere ferry crews strike", NorthgateText),
            Item(ValleyCopyId, "Valley Signal", "2026-03-03", "Ferry workers strike over night shifts in Portmere", HarborText + " Valley Signal carries this report from Harbor Wire."),
            Item(LibraryId, "Elmbridge Echo", "2026-02-12", "Council approves new central library", LibraryText)) + "]";

    /// <summary>An HTML page whose text carries script, event-handler and javascript: payloads, some as markup and some as escaped text.</summary>
    public const string XssHtml =
        "<html><head><title>Harbour notice &lt;script&gt;window.pwned=1&lt;/script&gt;</title>" +
        "<script>document.title='pwned'; window.pwned = 1;</script></head><body>" +
        "<article><h1>Harbour notice &lt;img src=x onerror=\"window.pwned=1\"&gt;</h1>" +
        "<p>The harbour office said on Tuesday that the ferry timetable will change &lt;script&gt;document.title='pwned'&lt;/script&gt; from next week, " +
        "after the strike by crews in Portmere ended with an agreement on night shifts and rest days for every crew member.</p>" +
        "<p>Passengers were told to check <a href=\"javascript:window.pwned=1\">the timetable page</a> before travelling " +
        "&lt;a href=\"javascript:window.pwned=1\"&gt;click&lt;/a&gt; and to arrive early at the harbour.</p>" +
        "<img src=\"x\" onerror=\"window.pwned=1; document.title='pwned'\">" +
        "<p onmouseover=\"window.pwned=1\">\"We are glad the boats are sailing again,\" said Tom Berrow, a harbour official.</p></article></body></html>";

    private static string Item(string id, string source, string published, string title, string text) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = id, ["source"] = source, ["published"] = published, ["title"] = title, ["text"] = text,
        });
}
