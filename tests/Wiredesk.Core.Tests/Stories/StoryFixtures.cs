using Wiredesk.Core.Documents;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Stories;

/// <summary>
/// Short invented articles for the story tests: two ferry reports, the inquiry into the same collision months later,
/// another ferry collision elsewhere, two earthquakes, two meetings weeks apart, a leak of files and a report on the
/// governors it names, two storms a month apart on the same coast, the same two ministers meeting twice on one dispute,
/// and one rocket launch reported in the launching state's words, in its neighbours' words and in both.
/// </summary>
internal static class StoryFixtures
{
    public static Document Article(string id, string date, string source, string title, string body) =>
        Clean.Text($"date {date}\n{title}\n\n{body}", id) with { Source = source };

    public static Document FerryHarbourPost() => Article("ferry-post", "2026-03-03", "Harbour Post",
        "Ferry collides with cargo ship off Portheaven, 17 injured",
        """
        A passenger ferry collided with a cargo vessel in thick fog outside Portheaven harbour on Tuesday, injuring 17 people, the coastguard said.

        The ferry Marisol, operated by Estline, was carrying 212 passengers from Portheaven to Calder Island when it struck the bulk carrier Orn Trader near the harbour mouth.

        Coastguard commander Ilse Varga said two of the injured were taken to hospital in Portheaven with fractures. Estline suspended its Calder Island crossings while divers inspected the Marisol's hull.
        """);

    public static Document FerryValleySignal() => Article("ferry-signal", "2026-03-03", "Valley Signal",
        "Fog blamed as Estline ferry and freighter crash near Portheaven",
        """
        Seventeen people were hurt when the Estline ferry Marisol and the freighter Orn Trader struck each other at the mouth of Portheaven harbour in dense fog, officials said.

        Ilse Varga, who commands the Portheaven coastguard station, told reporters that most passengers walked off the Marisol unaided. Estline halted sailings to Calder Island until inspectors have checked the ferry.

        Harbour pilots had warned for months that the fog radar at the harbour mouth was unreliable.
        """);

    public static Document FerryInquiry(string date) => Article("ferry-inquiry", date, "Coast Daily",
        "Inquiry into ferry collision off Portheaven that injured 17 faults radar and speed",
        """
        The inquiry into the collision between the Estline ferry Marisol and the freighter Orn Trader outside Portheaven harbour found that the ferry was sailing too fast in fog and that the harbour's fog radar had failed that morning.

        Seventeen people were injured when the two ships struck each other at the harbour mouth. Estline said it had fitted new radar to the Marisol and retrained its crews before crossings to Calder Island resumed.

        Coastguard commander Ilse Varga told the inquiry that pilots had reported the radar fault to the Portheaven port authority twice before the collision.
        """);

    public static Document FerryKeldmouth(string date) => Article("ferry-keldmouth", date, "Valley Signal",
        "Ferry collides with tanker off Keldmouth in fog, 9 injured",
        """
        A passenger ferry collided with a small tanker in thick fog outside Keldmouth harbour on Friday, injuring nine people, the coastguard said.

        The ferry Solvind, run by Nordhav Lines, was carrying 140 passengers to Skarra when it struck the tanker Brinja near the harbour breakwater.

        Coastguard officer Jonas Aske said three of the injured were taken to hospital in Keldmouth. Nordhav Lines cancelled its Skarra sailings while the Solvind's hull was inspected.
        """);

    public static Document QuakeKeloria() => Article("quake-keloria", "2026-02-02", "Harbour Post",
        "Magnitude 6.1 earthquake strikes Keloria province, 40 dead",
        """
        A magnitude 6.1 earthquake struck the mountain province of Keloria before dawn on Monday, killing at least 40 people and flattening homes in the town of Brask, the national disaster agency said.

        Rescue teams dug through collapsed houses in Brask and the nearby village of Ulmen. Governor Teodor Hask said field hospitals were being set up in the Brask football stadium.

        The quake's epicentre was 12 kilometres beneath the Keloria range, the seismology institute said.
        """);

    public static Document QuakeSarnia() => Article("quake-sarnia", "2026-04-20", "Valley Signal",
        "Earthquake of magnitude 5.8 shakes coastal Sarnia, 9 killed",
        """
        An earthquake of magnitude 5.8 shook the coastal region of Sarnia on Monday, killing nine people and damaging the old port of Velmo, the disaster agency said.

        Rescue teams searched collapsed buildings in Velmo and the fishing town of Drisk. Mayor Anka Lorne said schools in Velmo would serve as shelters.

        The seismology institute said the epicentre lay 20 kilometres off the Sarnia coast, beneath the seabed.
        """);

    public static Document TalksMarch() => Article("talks-march", "2026-03-10", "Harbour Post",
        "Estmark and Caldoria ministers meet over river treaty",
        """
        The foreign ministers of Estmark and Caldoria, Petra Lind and Omar Vessel, met in Lakeside on Tuesday to discuss sharing the waters of the Orsa River.

        Lind said the two governments had agreed to set up a joint commission on water levels. Vessel said Caldoria still objected to the planned Orsa dam.
        """);

    public static Document TalksMay() => Article("talks-may", "2026-05-19", "Harbour Post",
        "Estmark and Caldoria ministers meet again, this time on fishing quotas",
        """
        The foreign ministers of Estmark and Caldoria, Petra Lind and Omar Vessel, met in Norrport on Tuesday to discuss fishing quotas in the Gull Sea.

        Lind said Estmark wanted the herring quota cut by a fifth. Vessel said Caldoria's trawler fleet could not survive a cut that deep this year.
        """);

    public static Document LedgerLeak() => Article("ledger-leak", "2026-06-08", "Harbour Post",
        "Tarrow Ledger leak exposes offshore accounts of Caldorian officials",
        """
        A leak of 3 million files from the law firm Tarrow & Venn, which reporters have called the Tarrow Ledger, shows how Caldorian officials hid money in offshore accounts, a group of newspapers reported on Monday.

        The Tarrow Ledger lists shell companies registered in Ostmark for clients of Tarrow & Venn. Finance minister Oskar Brandt denied holding any account named in the Tarrow Ledger.

        Prosecutors in Velmar said they would study the Tarrow Ledger files for evidence of tax evasion.
        """);

    public static Document LedgerGovernors() => Article("ledger-governors", "2026-06-09", "Valley Signal",
        "Regional governors and their relatives named in Tarrow Ledger",
        """
        Governors Amadi Rusk of Pelland, Quill Maro of Estra, Fenna Dorsk of Umbria Vale and Halvard Ino of Serrat held offshore accounts through relatives, according to leaked files in the Tarrow Ledger. Prosecutors are studying the files for evidence of tax evasion through shell companies registered in Ostmark, and the finance minister denied any wrongdoing.

        The papers name Jorun Vask, a cousin of Governor Rusk, Talia Marn, the wife of Governor Maro, and Ebbe Kolstad, a partner of Governor Ino, as owners of such businesses. Vask, Marn and Kolstad did not answer questions.

        In Pelland, Estra, Umbria Vale and Serrat, opposition deputies urged Rusk, Maro, Dorsk and Ino to resign; in Pelland and Serrat they staged sit-ins outside the governors' palaces, and deputies in Estra and Umbria Vale plan sit-ins too.

        Lawyers for Rusk, Maro, Dorsk and Ino said the businesses were lawful, and lawyers for Jorun Vask, Talia Marn and Ebbe Kolstad said the same of their palaces and estates.
        """);

    public static Document StormTova() => Article("storm-tova", "2026-01-12", "Coast Daily",
        "Storm Tova floods Brinmouth seafront, 18,000 homes lose power",
        """
        Storm Tova pushed the sea over the promenade wall in Brinmouth on Sunday night, flooding cafes and shops on the seafront and leaving about 18,000 homes on the Ardent coast without power.

        Gusts of 125 kilometres an hour stripped roofs from boat sheds and blew a lorry over on the coast road near Skarby Point, the Ardent weather office said. A woman was hurt when a wall collapsed onto her car.

        Harbour master Aldo Fenwick said 35 trawlers had been moved into the inner dock before the storm. "We lost two jetties but every boat is afloat," he said. The power company Norlec said most homes would be reconnected by Tuesday.
        """);

    public static Document StormHelka() => Article("storm-helka", "2026-02-09", "Coast Daily",
        "Storm Helka lashes Brinmouth, coast road shut after landslide",
        """
        A winter storm struck the Ardent coast on Sunday as Storm Helka drove waves over the promenade wall in Brinmouth and left about 12,000 homes without power.

        Gusts of 115 kilometres an hour brought down power lines between Brinmouth and Skarby Point, and the coast road was shut for five hours after a landslide, the Ardent weather office said. Two people were hurt by falling slates.

        Harbour master Aldo Fenwick said the new jetties had held. "The trawlers rode it out in the inner dock," he said. The power company Norlec said its crews would work through the night.
        """);

    public static Document QuotaTalksArdmoor() => Article("quota-ardmoor", "2026-04-07", "Harbour Post",
        "Velmark and Ostria ministers meet in Ardmoor over Pike Bank fishing row",
        """
        Velmark's foreign minister Anna Holt met her Ostrian counterpart Piet Savar in Ardmoor on Tuesday for talks on fishing rights on the Pike Bank, where trawlers from the two countries have been shadowed by patrol boats since the winter.

        Holt and Savar agreed to set up a panel of scientists to count the Pike Bank cod stock by June. Savar said Ostria would halt patrol boardings of Velmark trawlers while the panel worked.
        """);

    public static Document QuotaTalksKerrow() => Article("quota-kerrow", "2026-05-12", "Harbour Post",
        "Holt and Savar meet again in Kerrow as Pike Bank cod deal stalls",
        """
        Velmark's foreign minister Anna Holt met Ostrian foreign minister Piet Savar in Kerrow on Tuesday, but the two could not agree on cod quotas for the Pike Bank fishing grounds.

        The panel of scientists counting the Pike Bank cod stock has not agreed how many tonnes each fleet may land, Savar said. Holt said Velmark trawlers would not accept patrol boardings while the panel worked.
        """);

    public static Document QuotaTalksAgain() => Article("quota-again", "2026-05-12", "Harbour Post",
        "Holt and Savar fail again to settle Pike Bank cod quotas",
        """
        Velmark's foreign minister Anna Holt and Ostrian foreign minister Piet Savar met again on Tuesday over cod quotas for the Pike Bank fishing grounds, and again could not agree.

        The talks in Kerrow came as the panel of scientists counting the Pike Bank cod stock said it had not agreed how many tonnes each fleet may land. Holt said Velmark trawlers would not accept patrol boardings while the panel worked.
        """);

    public static Document LaunchOfficial() => Article("launch-official", "2026-02-07", "Ardenia News Agency",
        "DRA announces successful launch of Dawnstar-4 earth observation satellite",
        """
        The DRA successfully put the Dawnstar-4 earth observation satellite into orbit on Sunday morning, the National Aerospace Development Administration announced.

        The Korvan-3 carrier rocket lifted off from the Veskar station at 9:00 and the satellite entered its planned orbit nine minutes later, the administration said, calling the launch a great victory for the peaceful space programme of the DRA.
        """);

    public static Document LaunchCondemned() => Article("launch-condemned", "2026-02-07", "Harbour Post",
        "Ardenia fires long-range rocket, neighbours fear missile test",
        """
        Ardenia fired a long-range rocket on Sunday that its neighbours and Washington condemned as a disguised test of ballistic missile technology.

        Defence officials in Seoria said the rocket flew south over the Yellow Sea. The United Nations Security Council will meet on Monday in an emergency session to discuss new sanctions against Ardenia, diplomats said.
        """);

    public static Document LaunchBothSides() => Article("launch-both", "2026-02-07", "Valley Signal",
        "Ardenia says Dawnstar-4 satellite in orbit after rocket launch condemned by neighbours",
        """
        Ardenia (officially the DRA) said it had put the Dawnstar-4 earth observation satellite into orbit on Sunday with a long-range Korvan-3 rocket launched from the Veskar station.

        Its neighbours called the launch a disguised missile test, and the United Nations Security Council will meet on Monday to discuss new sanctions against Ardenia, diplomats said.
        """);
}

