namespace Wiredesk.Core.Entities;

/// <summary>
/// Short word lists written for Wiredesk (not learned): countries, demonyms, regions, capitals and large cities,
/// titles and honorifics, words that end or head organisation names, well-known organisation acronyms, months,
/// weekdays and common given names. They let the tagger generalise beyond the names its training text happened to
/// contain ("Türkiye", "Erdoğan" after "President"). Phrases are separated by '|', tokens by spaces.
/// </summary>
internal static class HandLexicon
{
    private const string Countries =
        "Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|" +
        "Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Herzegovina|Botswana|Brazil|Brunei|" +
        "Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|" +
        "Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|" +
        "Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|" +
        "Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|" +
        "Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|" +
        "Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|" +
        "Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|" +
        "New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|" +
        "Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|" +
        "Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|" +
        "Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Trinidad and Tobago|Tunisia|Turkey|" +
        "Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Britain|Great Britain|England|Scotland|" +
        "Wales|Northern Ireland|United States|United States of America|U.S.|US|USA|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|" +
        "Vietnam|Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|Czechoslovakia|Zaire|Hong Kong|Greenland|Puerto Rico|Gaza|West Bank|Crimea|Chechnya|Kurdistan";

    private const string Demonyms =
        "Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|Azeri|Bahraini|" +
        "Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Bulgarian|Burmese|Cambodian|Cameroonian|Canadian|" +
        "Chilean|Chinese|Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech|Danish|Dane|Dutch|Ecuadorean|Ecuadorian|Egyptian|" +
        "English|Eritrean|Estonian|Ethiopian|European|Filipino|Finnish|Finn|French|Frenchman|Georgian|German|Ghanaian|Greek|" +
        "Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|" +
        "Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kurdish|Kurd|Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|" +
        "Luxembourgish|Macedonian|Malagasy|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|" +
        "Namibian|Nepalese|Nepali|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|Paraguayan|Persian|" +
        "Peruvian|Polish|Pole|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Scot|Senegalese|Serb|Serbian|Singaporean|" +
        "Slovak|Slovenian|Slovene|Somali|South African|Spanish|Spaniard|Sri Lankan|Sudanese|Swedish|Swede|Swiss|Syrian|Taiwanese|" +
        "Tajik|Tanzanian|Thai|Tunisian|Turkish|Turk|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|" +
        "Zambian|Zimbabwean|Arab|Arabic|Asian|African|Latin|Latino|Hispanic|Scandinavian|Balkan|Baltic|Caucasian|Slavic|Soviet|" +
        "Yugoslav|Western|Eastern|Nordic|Gulf|Christian|Muslim|Moslem|Jewish|Jew|Catholic|Protestant|Orthodox|Sunni|Shia|Shi'ite|" +
        "Hindu|Buddhist|Sikh|Islamic|Anglican|Republican|Democrat|Democratic|Conservative|Labour|Liberal|Socialist|Communist|Maoist|Marxist";

    private const string Regions =
        "Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East|Near East|Far East|" +
        "Gulf|Persian Gulf|Balkans|Baltics|Caucasus|Caribbean|Mediterranean|Scandinavia|Siberia|Sahel|Sahara|Arctic|Antarctica|" +
        "Pacific|Atlantic|Indian Ocean|Black Sea|Red Sea|Baltic Sea|North Sea|Caspian Sea|South China Sea|Aegean|Adriatic|" +
        "West|East|Southeast Asia|Central Asia|East Asia|South Asia|Eastern Europe|Western Europe|Central Europe|Horn of Africa|" +
        "Kashmir|Tibet|Xinjiang|Darfur|Donbas|Donbass|Bavaria|Catalonia|Flanders|Wallonia|Lombardy|Sicily|Sardinia|Corsica|Anatolia|" +
        "Texas|California|Florida|New York|New Jersey|Ohio|Michigan|Illinois|Pennsylvania|Virginia|Georgia|Arizona|Nevada|Colorado|" +
        "Massachusetts|Washington state|Oregon|Alaska|Hawaii|Louisiana|Kentucky|Tennessee|Alabama|Mississippi|Iowa|Wisconsin|" +
        "Minnesota|Missouri|Kansas|Nebraska|Oklahoma|Utah|Montana|Idaho|Wyoming|Maryland|Delaware|Connecticut|Vermont|Maine|" +
        "Ontario|Quebec|Alberta|British Columbia|Queensland|Victoria|New South Wales|Punjab|Bengal|Kerala|Gujarat|Sindh|Balochistan";

    private const string Cities =
        "London|Paris|Berlin|Madrid|Rome|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Vienna|Prague|Warsaw|Budapest|Bucharest|Sofia|" +
        "Athens|Belgrade|Zagreb|Sarajevo|Ljubljana|Bratislava|Kyiv|Kiev|Moscow|St Petersburg|St. Petersburg|Minsk|Vilnius|Riga|" +
        "Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Reykjavik|Bern|Geneva|Zurich|Luxembourg|Monaco|Ankara|Istanbul|Izmir|Nicosia|" +
        "Tbilisi|Yerevan|Baku|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Gaza City|Riyadh|Jeddah|Mecca|Doha|Dubai|" +
        "Abu Dhabi|Muscat|Sanaa|Kuwait City|Manama|Cairo|Alexandria|Tripoli|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|" +
        "Nairobi|Mogadishu|Kampala|Kigali|Kinshasa|Lagos|Abuja|Accra|Dakar|Johannesburg|Cape Town|Pretoria|Harare|Luanda|Kabul|" +
        "Islamabad|Karachi|Lahore|New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Dhaka|Colombo|Kathmandu|" +
        "Beijing|Peking|Shanghai|Hong Kong|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Hanoi|Ho Chi Minh City|Saigon|Bangkok|Phnom Penh|" +
        "Vientiane|Yangon|Rangoon|Kuala Lumpur|Jakarta|Manila|Singapore|Sydney|Melbourne|Canberra|Wellington|Auckland|Ottawa|" +
        "Toronto|Montreal|Vancouver|Washington|New York|Los Angeles|Chicago|Houston|Boston|Philadelphia|San Francisco|Miami|" +
        "Atlanta|Dallas|Seattle|Detroit|Mexico City|Havana|Bogota|Caracas|Lima|Quito|Santiago|Buenos Aires|Montevideo|Brasilia|" +
        "Sao Paulo|São Paulo|Rio de Janeiro|Frankfurt|Munich|Hamburg|Cologne|Milan|Naples|Barcelona|Marseille|Lyon|Manchester|" +
        "Liverpool|Birmingham|Glasgow|Edinburgh|Belfast|Cardiff|Strasbourg|Davos|Kharkiv|Odesa|Odessa|Mariupol|Aleppo|Homs|Mosul|Basra";

    private const string Titles =
        "President|Vice President|Vice-President|Prime Minister|Minister|Deputy Minister|Foreign Minister|Defence Minister|" +
        "Defense Minister|Interior Minister|Finance Minister|Secretary|Secretary-General|Secretary General|Secretary of State|" +
        "Chancellor|Premier|King|Queen|Prince|Princess|Emperor|Sheikh|Emir|Sultan|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|" +
        "Ayatollah|Governor|Mayor|Senator|Sen.|Congressman|Congresswoman|Representative|Rep.|Speaker|Chairman|Chairwoman|Chair|" +
        "Director|Director-General|Commissioner|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|General|Gen.|Colonel|Col.|" +
        "Major|Maj.|Captain|Capt.|Lieutenant|Lt.|Sergeant|Sgt.|Admiral|Adm.|Marshal|Commander|Judge|Justice|Chief Justice|Attorney General|" +
        "Attorney-General|Prosecutor|Coach|Manager|Chief Executive|CEO|Leader|Chief|Head|Deputy|Counsellor|Adviser|Advisor|Professor|Prof.|" +
        "Detective|Inspector|Officer|Superintendent|Constable|Father|Sister|Brother|Saint|Lord|Lady|Baroness|Baron|Dame|Sir";

    private const string Honorifics = "Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Mme|Mme.|Mlle|Herr|Frau|Senor|Señor|Senora|Monsieur|Madame|Jr.|Jr|Sr.";

    private const string OrganizationWords =
        "Inc|Inc.|Ltd|Ltd.|Corp|Corp.|Corporation|Co|Co.|Company|Plc|PLC|AG|SA|S.A.|NV|N.V.|GmbH|LLC|Holdings|Group|Bank|Party|" +
        "Ministry|Department|Agency|Authority|Commission|Committee|Council|Congress|Parliament|Assembly|Senate|Court|Tribunal|" +
        "Union|Association|Federation|Foundation|Institute|Institution|University|College|School|Academy|Hospital|Church|" +
        "Army|Navy|Air Force|Police|Guard|Brigade|Front|Movement|Alliance|League|Organisation|Organization|Office|Bureau|Board|" +
        "Service|Services|Airlines|Airways|Motors|Industries|Systems|Technologies|Energy|Petroleum|Oil|Telecom|Communications|" +
        "Network|News|Times|Post|Journal|Herald|Tribune|Gazette|Press|Television|Radio|Exchange|Fund|Trust|Club|United|City|Rovers|" +
        "Athletic|Wanderers|FC|F.C.|Nations|Reserve|Securities|Capital|Partners|Insurance|Pharmaceuticals|Labs|Media";

    private const string OrganizationAcronyms =
        "NATO|UN|U.N.|EU|E.U.|OSCE|OPEC|IMF|WTO|WHO|UNESCO|UNICEF|UNHCR|ICC|ICJ|IAEA|OECD|ASEAN|AU|G7|G20|BRICS|FIFA|UEFA|IOC|" +
        "CIA|FBI|NSA|KGB|FSB|MI5|MI6|Pentagon|Kremlin|White House|Congress|Knesset|Bundestag|Duma|Reuters|AFP|AP|BBC|CNN|" +
        "Hamas|Hezbollah|Taliban|PKK|ISIS|IS|Al Qaeda|al-Qaeda|PLO|IRA|AKP|CHP|SPD|CDU|CSU|ANC|Labour|Tories|Likud|Fatah|Anadolu|Interfax|Tass|Xinhua";

    private const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.";

    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private const string GivenNames =
        "John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark|Donald|" +
        "Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Edward|Ronald|Timothy|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|" +
        "Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Frank|Gregory|Raymond|Alexander|Patrick|Jack|Dennis|Jerry|" +
        "Tyler|Aaron|Henry|Peter|Adam|Douglas|Nathan|Zachary|Walter|Kyle|Harold|Carl|Jeremy|Keith|Roger|Gerald|Ethan|Arthur|" +
        "Terry|Christian|Sean|Lawrence|Austin|Joe|Noah|Jesse|Albert|Bryan|Billy|Bruce|Willie|Jordan|Dylan|Alan|Ralph|Gabriel|Roy|" +
        "Juan|Wayne|Eugene|Logan|Randy|Louis|Russell|Vincent|Philip|Bobby|Johnny|Bradley|Tony|Bill|Bob|Jim|Tom|Mike|Dave|Steve|Nick|" +
        "Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|Ashley|Kimberly|" +
        "Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Shirley|" +
        "Angela|Helen|Anna|Brenda|Pamela|Nicole|Emma|Samantha|Katherine|Christine|Debra|Rachel|Catherine|Carolyn|Janet|Ruth|Maria|" +
        "Heather|Diane|Virginia|Julie|Joyce|Victoria|Olivia|Kelly|Christina|Lauren|Joan|Evelyn|Judith|Megan|Andrea|Cheryl|Hannah|" +
        "Jacqueline|Martha|Gloria|Teresa|Ann|Sara|Madison|Frances|Kathryn|Janice|Jean|Abigail|Alice|Julia|Judy|Sophia|Grace|Denise|" +
        "Amber|Doris|Marilyn|Danielle|Beverly|Isabella|Theresa|Diana|Natalie|Brittany|Charlotte|Marie|Kayla|Alexis|Lori|Hillary|" +
        "Jose|Carlos|Luis|Jorge|Miguel|Pedro|Manuel|Antonio|Francisco|Javier|Pablo|Diego|Fernando|Sergio|Alejandro|Rafael|Andres|" +
        "Ana|Carmen|Isabel|Lucia|Sofia|Elena|Marta|Pilar|Rosa|Jean-Claude|Jean-Pierre|Pierre|Jacques|Francois|François|Michel|" +
        "Philippe|Alain|Nicolas|Emmanuel|Marine|Olivier|Laurent|Christophe|Hans|Klaus|Jürgen|Wolfgang|Helmut|Gerhard|Angela|Olaf|" +
        "Friedrich|Frank-Walter|Johann|Annalena|Ursula|Giuseppe|Giovanni|Mario|Luigi|Matteo|Silvio|Giorgia|Sergei|Sergey|Vladimir|" +
        "Dmitry|Dmitri|Alexei|Alexey|Mikhail|Boris|Ivan|Andrei|Andriy|Volodymyr|Viktor|Yulia|Olga|Natalia|Tatiana|Irina|Igor|Oleg|" +
        "Mehmet|Mustafa|Ahmet|Ahmed|Ali|Hasan|Hassan|Hussein|Mohammed|Mohammad|Muhammad|Mohamed|Abdul|Abdullah|Omar|Khalid|Ibrahim|" +
        "Yusuf|Recep|Tayyip|Kemal|Hakan|Fatma|Ayşe|Emine|Benjamin|Yitzhak|Moshe|Yair|Naftali|Xi|Li|Wang|Zhang|Narendra|Rahul|Imran|" +
        "Shinzo|Fumio|Kim|Moon|Yoon|Joko|Rodrigo|Ferdinand|Jair|Luiz|Inacio|Nelson|Jacob|Cyril|Kofi|Ban|Antonio|Mark|Jens|Kaja|Rishi|Keir|Liz|Theresa";

    private const string Sports =
        "Soccer|Football|Cricket|Tennis|Golf|Rugby|Basketball|Baseball|Hockey|Cycling|Athletics|Boxing|Motor Racing|Formula One|Skiing";

    /// <summary>Builds the lexicon's gazetteer.</summary>
    public static Gazetteer Create()
    {
        var entries = new List<GazetteerEntry>();
        Add(entries, Countries, LexiconCategory.Country);
        Add(entries, Demonyms, LexiconCategory.Demonym);
        Add(entries, Regions, LexiconCategory.Region);
        Add(entries, Cities, LexiconCategory.City);
        Add(entries, Titles, LexiconCategory.Title);
        Add(entries, Honorifics, LexiconCategory.Honorific);
        Add(entries, OrganizationWords, LexiconCategory.OrganizationWord);
        Add(entries, OrganizationAcronyms, LexiconCategory.OrganizationAcronym);
        Add(entries, Months, LexiconCategory.Month);
        Add(entries, Weekdays, LexiconCategory.Weekday);
        Add(entries, GivenNames, LexiconCategory.GivenName);
        Add(entries, Sports, LexiconCategory.Sport);
        return new Gazetteer(entries);
    }

    private static void Add(List<GazetteerEntry> entries, string phrases, LexiconCategory category)
    {
        foreach (var phrase in phrases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            entries.Add(new GazetteerEntry(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), (int)category));
        }
    }
}
