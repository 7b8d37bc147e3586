namespace Wiredesk.Core.Entities;

/// <summary>
/// Countries by every name news uses for them: official and common names, the demonym and adjective, and the capital
/// (whose name often stands for the government). One line per country: names; demonyms; capital. The first name is
/// the canonical one.
/// </summary>
internal static class CountryTable
{
    private const string Table = """
        Türkiye|Turkey|Turkiye|Republic of Türkiye;Turkish|Turk|Turks;Ankara
        Russia|Russian Federation;Russian|Russians;Moscow
        Ukraine;Ukrainian|Ukrainians;Kyiv|Kiev
        United States|United States of America|US|U.S.|USA|America;American|Americans;Washington
        United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons;London
        France|French Republic;French;Paris
        Germany|Federal Republic of Germany;German|Germans;Berlin
        Italy;Italian|Italians;Rome
        Spain;Spanish;Madrid
        Netherlands|Holland;Dutch;Amsterdam
        Belgium;Belgian;Brussels
        Poland;Polish|Poles;Warsaw
        China|People's Republic of China|PRC;Chinese;Beijing
        Japan;Japanese;Tokyo
        India;Indian|Indians;New Delhi
        Pakistan;Pakistani|Pakistanis;Islamabad
        Iran|Islamic Republic of Iran;Iranian|Iranians;Tehran
        Iraq;Iraqi|Iraqis;Baghdad
        Syria;Syrian|Syrians;Damascus
        Israel;Israeli|Israelis;Jerusalem
        Palestine|Palestinian territories;Palestinian|Palestinians;Ramallah
        Egypt;Egyptian|Egyptians;Cairo
        Saudi Arabia;Saudi|Saudis;Riyadh
        Qatar;Qatari;Doha
        United Arab Emirates|UAE;Emirati;Abu Dhabi
        Greece;Greek|Greeks;Athens
        Cyprus;Cypriot;Nicosia
        Azerbaijan;Azerbaijani|Azeri;Baku
        Armenia;Armenian;Yerevan
        Georgia;Georgian;Tbilisi
        Belarus;Belarusian;Minsk
        Moldova;Moldovan;Chisinau
        Romania;Romanian;Bucharest
        Bulgaria;Bulgarian;Sofia
        Hungary;Hungarian;Budapest
        Austria;Austrian;Vienna
        Switzerland;Swiss;Bern
        Sweden;Swedish;Stockholm
        Norway;Norwegian;Oslo
        Finland;Finnish;Helsinki
        Denmark;Danish;Copenhagen
        Estonia;Estonian;Tallinn
        Latvia;Latvian;Riga
        Lithuania;Lithuanian;Vilnius
        Serbia;Serbian|Serb|Serbs;Belgrade
        Kosovo;Kosovar;Pristina
        Canada;Canadian|Canadians;Ottawa
        Mexico;Mexican|Mexicans;Mexico City
        Brazil;Brazilian|Brazilians;Brasilia
        Argentina;Argentine|Argentinian;Buenos Aires
        Australia;Australian|Australians;Canberra
        South Korea|Republic of Korea;South Korean|South Koreans;Seoul
        North Korea|DPRK;North Korean|North Koreans;Pyongyang
        Afghanistan;Afghan|Afghans;Kabul
        Nigeria;Nigerian|Nigerians;Abuja
        South Africa;South African|South Africans;Pretoria
        Ethiopia;Ethiopian;Addis Ababa
        Kenya;Kenyan;Nairobi
        Libya;Libyan;Tripoli
        Lebanon;Lebanese;Beirut
        Jordan;Jordanian;Amman
        Venezuela;Venezuelan;Caracas
        Cuba;Cuban;Havana
        Taiwan;Taiwanese;Taipei
        Vietnam;Vietnamese;Hanoi
        Indonesia;Indonesian;Jakarta
        Philippines;Filipino|Filipinos;Manila
        Kazakhstan;Kazakh;Astana
        """;

    private static readonly Dictionary<string, Country> ByKey = Build();

    private static readonly Dictionary<string, Country> ByCapital = ByKey.Values.Distinct()
        .SelectMany(c => c.Capitals.Select(capital => (Key: EntityNames.Key(capital), Country: c)))
        .ToDictionary(c => c.Key, c => c.Country, StringComparer.Ordinal);

    /// <summary>The country a name, demonym or capital (folded with <see cref="EntityNames.Key"/>) stands for, if any.</summary>
    public static Country? Find(string key) => ByKey.GetValueOrDefault(key);

    private static Dictionary<string, Country> Build()
    {
        var byKey = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(';');
            var names = parts[0].Split('|');
            var country = new Country(names[0], names, parts[1].Split('|'), parts[2].Split('|'));
            foreach (var name in names.Concat(country.Demonyms))
            {
                byKey.TryAdd(EntityNames.Key(name), country);
            }
        }

        return byKey;
    }

    /// <summary>One country.</summary>
    public sealed record Country(string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals);

    /// <summary>The country whose capital <paramref name="key"/> names, if any.</summary>
    public static Country? OfCapital(string key) => ByCapital.GetValueOrDefault(key);
}
