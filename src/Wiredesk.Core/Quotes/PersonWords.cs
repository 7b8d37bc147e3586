using System.Collections.Frozen;

namespace Wiredesk.Core.Quotes;

/// <summary>The word lists the default person finder and the speaker resolver lean on. Constant data, written by hand.</summary>
internal static class PersonWords
{
    private static readonly StringComparer Fold = StringComparer.OrdinalIgnoreCase;

    /// <summary>Titles and offices written before a name (<c>President</c>, <c>Secretary-General</c>, <c>Mr.</c>).</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.Create(
        Fold,
        "president", "vice", "secretary-general", "secretary", "general", "minister", "prime", "foreign", "defense", "defence",
        "interior", "finance", "chancellor", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
        "governor", "gov.", "mayor", "judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "chief", "chairman", "chairwoman", "chair", "director", "ceo", "deputy", "king", "queen", "prince", "princess", "pope",
        "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "dr", "prof.", "professor", "gen.", "col.", "lt.", "capt.",
        "sgt.", "rev.", "sir", "dame",
        "lord", "lady", "sheikh", "emir", "commissioner", "attorney", "leader", "speaker", "state", "house", "senate",
        "former", "candidate", "nominee", "first", "press", "commander", "head", "officer", "mp", "lawmaker", "adviser",
        "advisor", "counsel", "sheriff", "coach", "detective", "inspector", "officials", "official", "premier", "president-elect",
        "supreme", "high", "representative", "minority", "majority", "whip", "attorney-general", "surgeon", "auditor",
        "treasurer", "executive", "founder", "co-founder", "editor", "correspondent", "reporter", "columnist", "host", "anchor");

    /// <summary>
    /// Job titles and occupations written in lower case before a name (<c>harbor master</c>, <c>fire chief</c>,
    /// <c>opposition leader</c>, <c>local farmer</c>); singular nouns only, so that a plural ("officials") names no one.
    /// </summary>
    public static readonly FrozenSet<string> JobTitles = FrozenSet.Create(
        Fold,
        "master", "captain", "skipper", "chief", "leader", "head", "boss", "manager", "director", "chairman", "chairwoman",
        "chair", "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "officer",
        "commander", "general", "governor", "mayor", "senator", "lawmaker", "legislator", "councillor", "councilor", "ambassador",
        "envoy", "judge", "prosecutor", "lawyer", "attorney", "counsel", "inspector", "superintendent", "supervisor", "warden",
        "ranger", "keeper", "coordinator", "administrator", "organiser", "organizer", "founder", "co-founder", "owner", "executive",
        "ceo", "economist", "analyst", "scientist", "researcher", "expert", "professor", "teacher", "headteacher", "principal",
        "doctor", "surgeon", "nurse", "paramedic", "engineer", "pilot", "farmer", "fisherman", "fisherwoman", "resident",
        "worker", "activist", "campaigner", "coach", "candidate", "nominee", "adviser", "advisor", "aide", "strategist",
        "pollster", "historian", "author", "writer", "editor", "reporter", "correspondent", "columnist", "deputy", "sheriff",
        "detective", "treasurer", "auditor", "diplomat", "negotiator", "mediator", "chancellor", "premier", "priest", "bishop",
        "rabbi", "imam", "pastor", "mp", "congressman", "congresswoman", "commissioner", "chairperson", "steward", "foreman",
        "trader", "banker", "physician", "veterinarian", "architect", "designer", "planner", "forecaster", "meteorologist",
        "businessman", "businesswoman", "entrepreneur", "front-runner", "frontrunner", "hopeful", "challenger", "incumbent",
        "contender", "rival");

    /// <summary>Lower-case function words, which never modify a job title.</summary>
    public static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(
        Fold,
        "the", "a", "an", "and", "but", "or", "nor", "in", "on", "at", "as", "of", "for", "to", "from", "by", "with", "into",
        "onto", "upon", "when", "while", "after", "before", "if", "it", "its", "this", "that", "these", "those", "there",
        "here", "he", "she", "they", "we", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "what",
        "who", "whom", "whose", "why", "how", "where", "which", "so", "yet", "also", "still", "then", "now", "not", "no",
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "must", "shall", "should", "do", "does", "did", "than", "about", "against", "between", "through", "among", "over",
        "under", "during", "without", "within", "via", "per", "every", "each", "all", "any", "some", "one");

    /// <summary>Titles that tell the gender.</summary>
    public static readonly FrozenDictionary<string, PersonGender> GenderTitles = new Dictionary<string, PersonGender>(Fold)
    {
        ["mr."] = PersonGender.Male, ["mr"] = PersonGender.Male, ["sir"] = PersonGender.Male, ["lord"] = PersonGender.Male,
        ["king"] = PersonGender.Male, ["prince"] = PersonGender.Male, ["congressman"] = PersonGender.Male, ["spokesman"] = PersonGender.Male,
        ["chairman"] = PersonGender.Male, ["mrs."] = PersonGender.Female, ["mrs"] = PersonGender.Female, ["ms."] = PersonGender.Female,
        ["ms"] = PersonGender.Female, ["miss"] = PersonGender.Female, ["dame"] = PersonGender.Female, ["lady"] = PersonGender.Female,
        ["queen"] = PersonGender.Female, ["princess"] = PersonGender.Female, ["congresswoman"] = PersonGender.Female,
        ["spokeswoman"] = PersonGender.Female, ["chairwoman"] = PersonGender.Female,
    }.ToFrozenDictionary(Fold);

    /// <summary>Organisations, nations and parties written before a title (<c>NATO</c>, <c>Turkish</c>, <c>Republican</c>).</summary>
    public static readonly FrozenSet<string> Affiliations = FrozenSet.Create(
        Fold,
        "nato", "u.s.", "us", "u.n.", "un", "eu", "uk", "u.k.", "gop", "fbi", "cia", "white", "american", "british", "turkish", "russian",
        "german", "french", "ukrainian", "chinese", "israeli", "palestinian", "iranian", "iraqi", "syrian", "polish", "italian",
        "spanish", "dutch", "belgian", "greek", "swedish", "finnish", "norwegian", "danish", "hungarian", "austrian", "swiss",
        "canadian", "mexican", "brazilian", "indian", "pakistani", "japanese", "korean", "egyptian", "saudi", "qatari", "emirati",
        "european", "african", "australian", "irish", "scottish", "welsh", "republican", "democratic", "democrat", "labour",
        "conservative", "liberal", "libertarian", "green", "independent", "texas", "florida", "california", "ohio", "new", "york",
        "kremlin", "pentagon", "un's", "nato's", "world", "bank", "imf", "opec", "ecb", "federal", "reserve", "national", "security",
        "homeland", "justice", "department", "council", "commission", "union", "party", "campaign");

    /// <summary>Capitalised words that never stand in a person's name: function words, calendar words, organisations and places.</summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.Create(
        Fold,
        "the", "a", "an", "and", "but", "or", "in", "on", "at", "as", "of", "for", "to", "from", "by", "with", "when", "while",
        "after", "before", "if", "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "we", "i",
        "you", "his", "her", "their", "our", "my", "your", "what", "who", "why", "how", "where", "which", "so", "yet", "also",
        "still", "then", "now", "today", "yesterday", "tomorrow", "however", "meanwhile", "instead", "despite", "although",
        "though", "because", "since", "until", "during", "under", "over", "about", "against", "between", "through", "among",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "sea", "ocean", "river", "initiative",
        "summit", "party", "house", "senate", "congress", "department", "ministry", "council", "agency", "union", "force",
        "forces", "complex", "directorate", "court", "committee", "university", "college", "school", "street", "avenue", "square",
        "news", "times", "post", "journal", "press", "television", "radio", "tv", "network", "group", "organisation",
        "organization", "alliance", "treaty", "assembly", "parliament", "government", "administration", "office", "bureau",
        "center", "centre", "authority", "authorities", "board", "institute", "foundation", "company", "corporation", "bank",
        "fund", "association", "federation",
        "republic", "kingdom", "state", "states", "city", "county", "province", "region", "island", "islands", "airport",
        "hotel", "palace", "hall", "museum", "church", "mosque", "war", "peace", "talks", "meeting", "conference", "election",
        "act", "bill", "law", "plan", "program", "programme", "project", "day", "week", "year", "north", "south", "east", "west",
        "northern", "southern", "eastern", "western", "central", "middle", "black", "white", "red", "blue", "twitter",
        "facebook", "instagram", "youtube", "google", "apple", "microsoft", "amazon", "internet", "online", "media", "related",
        "read", "more", "comment", "comments", "leave", "share", "subscribe", "advertisement", "photo", "video", "image",
        "türkiye", "turkiye", "turkey", "russia", "ukraine", "europe", "america", "china", "germany", "france", "britain",
        "england", "italy", "spain", "poland", "greece", "iran", "iraq", "syria", "israel", "gaza", "egypt", "india", "japan",
        "korea", "canada", "mexico", "brazil", "washington", "moscow", "kyiv", "kiev", "ankara", "istanbul", "antalya",
        "brussels", "london", "paris", "berlin", "beijing", "tokyo", "hague", "kosovo", "balkans", "texas", "iowa", "ohio",
        "florida", "california", "virginia", "carolina", "york", "jersey", "hampshire", "nevada", "colorado", "michigan",
        "pennsylvania", "wisconsin", "arizona", "georgia", "alabama", "obamacare", "medicare", "medicaid", "god", "christmas",
        "easter", "ramadan", "olympics", "nato", "eu", "un", "gop", "fbi", "cia", "isis", "pkk", "kfor", "ap", "reuters",
        "afp", "cnn", "bbc", "fox", "msnbc", "cbs", "nbc", "abc", "npr", "pbs", "democrats", "republicans", "americans",
        "muslims", "christians", "jews", "latinos", "hispanics", "african-americans", "russians", "ukrainians", "europeans",
        "allies", "ally", "stock", "exchange", "market", "markets", "oil", "gas", "energy", "health", "care", "tax", "taxes",
        "federal", "national", "international", "global", "general", "supreme", "royal", "air", "navy", "army", "marine",
        "corps", "guard", "police", "fire", "service", "services", "secret", "security", "intelligence", "defense", "defence");

    /// <summary>Common first names whose gender is plain, a short list to steer "he" and "she".</summary>
    public static readonly FrozenDictionary<string, PersonGender> FirstNames = Build(
        ("mark", PersonGender.Male), ("john", PersonGender.Male), ("donald", PersonGender.Male), ("barack", PersonGender.Male),
        ("bernie", PersonGender.Male), ("ted", PersonGender.Male), ("marco", PersonGender.Male), ("mike", PersonGender.Male),
        ("michael", PersonGender.Male), ("joe", PersonGender.Male), ("paul", PersonGender.Male), ("jeb", PersonGender.Male),
        ("chris", PersonGender.Male), ("george", PersonGender.Male), ("bill", PersonGender.Male), ("james", PersonGender.Male),
        ("robert", PersonGender.Male), ("david", PersonGender.Male), ("richard", PersonGender.Male), ("thomas", PersonGender.Male),
        ("vladimir", PersonGender.Male), ("volodymyr", PersonGender.Male), ("recep", PersonGender.Male), ("hakan", PersonGender.Male),
        ("johann", PersonGender.Male), ("friedrich", PersonGender.Male), ("emmanuel", PersonGender.Male), ("sergey", PersonGender.Male),
        ("peter", PersonGender.Male), ("hugh", PersonGender.Male), ("tim", PersonGender.Male), ("mitt", PersonGender.Male),
        ("rand", PersonGender.Male), ("newt", PersonGender.Male), ("rudy", PersonGender.Male), ("reince", PersonGender.Male),
        ("steve", PersonGender.Male), ("stephen", PersonGender.Male), ("kevin", PersonGender.Male), ("harry", PersonGender.Male),
        ("jean-noël", PersonGender.Male), ("jean-noel", PersonGender.Male), ("olaf", PersonGender.Male), ("keir", PersonGender.Male),
        ("hillary", PersonGender.Female), ("melania", PersonGender.Female), ("ivanka", PersonGender.Female), ("michelle", PersonGender.Female),
        ("elizabeth", PersonGender.Female), ("nancy", PersonGender.Female), ("sarah", PersonGender.Female), ("kellyanne", PersonGender.Female),
        ("mary", PersonGender.Female), ("anna", PersonGender.Female), ("maria", PersonGender.Female), ("angela", PersonGender.Female),
        ("ursula", PersonGender.Female), ("kaja", PersonGender.Female), ("jill", PersonGender.Female), ("kamala", PersonGender.Female),
        ("jane", PersonGender.Female), ("susan", PersonGender.Female), ("karen", PersonGender.Female), ("linda", PersonGender.Female),
        ("jennifer", PersonGender.Female), ("jessica", PersonGender.Female), ("emily", PersonGender.Female), ("laura", PersonGender.Female),
        ("carly", PersonGender.Female), ("debbie", PersonGender.Female), ("huma", PersonGender.Female), ("chelsea", PersonGender.Female),
        ("katie", PersonGender.Female), ("kelly", PersonGender.Female), ("megyn", PersonGender.Female), ("nikki", PersonGender.Female),
        ("giorgia", PersonGender.Female), ("marine", PersonGender.Female), ("theresa", PersonGender.Female), ("liz", PersonGender.Female));

    public static PersonGender GenderOfFirstName(ReadOnlySpan<char> name) =>
        FirstNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var gender) ? gender : PersonGender.Unknown;

    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenDictionary<string, PersonGender> Build(params (string Name, PersonGender Gender)[] names) =>
        names.ToFrozenDictionary(n => n.Name, n => n.Gender, Fold);
}
