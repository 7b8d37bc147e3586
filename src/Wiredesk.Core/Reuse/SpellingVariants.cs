using System.Collections.Frozen;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// British spellings and number words folded onto one form, so that "harbour" matches "harbor", "defence" "defense",
/// "organised" "organized" and "seventeen" "17". Keyed by the hash of the normalised word, so that looking a word up
/// costs no allocation.
/// </summary>
internal static class SpellingVariants
{
    /// <summary>The hash of the word's shared form: itself unless it is a known variant.</summary>
    public static ulong Canonical(ulong wordHash) =>
        (Filter[(int)(wordHash & FilterMask) >> 6] & (1UL << (int)(wordHash & 63))) != 0 && Map.TryGetValue(wordHash, out var canonical) ? canonical : wordHash;

    private const ulong FilterMask = (1 << 16) - 1;

    private static readonly string[] OurStems =
    [
        "colour", "favour", "honour", "labour", "neighbour", "behaviour", "harbour", "humour", "rumour", "vapour", "armour",
        "savour", "flavour", "endeavour", "vigour", "rigour", "valour", "parlour", "splendour", "tumour", "odour", "clamour",
        "saviour", "candour", "ardour", "fervour", "demeanour", "misdemeanour",
    ];

    private static readonly string[] OurEndings = ["", "s", "ed", "ing", "ite", "ites", "able", "ably", "less", "ful", "ful", "er", "ers", "hood", "hoods", "ly"];

    private static readonly string[] IseStems =
    [
        "organ", "recogn", "real", "emphas", "critic", "apolog", "priorit", "author", "character", "minim", "maxim", "modern",
        "mobil", "normal", "stabil", "util", "summar", "categor", "symbol", "subsid", "legal", "local", "global", "capital",
        "final", "special", "central", "civil", "visual", "standard", "scrutin", "sympath", "jeopard", "harmon", "neutral",
        "optim", "penal", "privat", "rational", "revolution", "sanit", "terror", "tranquil", "vandal", "internal", "commercial",
        "militar", "polar", "radical", "familiar", "colon", "computer", "democrat", "energ", "equal", "human", "ideal",
        "immun", "industrial", "institutional", "legitim", "liberal", "marginal", "memor", "moral", "national", "naturalis",
        "hospital", "agon", "antagon", "fertil", "galvan", "hypothes", "ideolog", "jeopard", "monopol", "oxid", "patron",
        "personal", "popular", "public", "regular", "special", "spiritual", "steril", "subsid", "synchron", "theor",
        "traumat", "urban", "vapor", "victim", "weapon", "westernis", "crystal", "dramat", "econom", "emphas", "epitom",
        "fantas", "formal", "general", "italic", "journal", "mechan", "mesmer", "metabol", "moistur", "organis", "plagiar",
        "pressur", "proselyt", "pulver", "radical", "rationalis", "scandal", "sensation", "social", "stigmat", "strateg",
        "televis", "trivial", "unionis", "vocal", "digit", "decentral", "demilitar", "denuclear", "destabil", "deprioritis",
    ];

    private static readonly string[] IseEndings = ["ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers"];

    private static readonly (string British, string American)[] Words =
    [
        ("defence", "defense"), ("defences", "defenses"), ("offence", "offense"), ("offences", "offenses"), ("licence", "license"),
        ("licences", "licenses"), ("pretence", "pretense"), ("centre", "center"), ("centres", "centers"), ("centred", "centered"),
        ("metre", "meter"), ("metres", "meters"), ("kilometre", "kilometer"), ("kilometres", "kilometers"), ("centimetre", "centimeter"),
        ("centimetres", "centimeters"), ("millimetre", "millimeter"), ("millimetres", "millimeters"), ("theatre", "theater"),
        ("theatres", "theaters"), ("litre", "liter"), ("litres", "liters"), ("fibre", "fiber"), ("fibres", "fibers"),
        ("calibre", "caliber"), ("sombre", "somber"), ("spectre", "specter"), ("sabre", "saber"), ("lustre", "luster"),
        ("meagre", "meager"), ("manoeuvre", "maneuver"), ("manoeuvres", "maneuvers"), ("analyse", "analyze"), ("analysed", "analyzed"),
        ("analyses", "analyzes"), ("analysing", "analyzing"), ("paralyse", "paralyze"), ("paralysed", "paralyzed"), ("catalyse", "catalyze"),
        ("travelled", "traveled"), ("travelling", "traveling"), ("traveller", "traveler"), ("travellers", "travelers"),
        ("cancelled", "canceled"), ("cancelling", "canceling"), ("labelled", "labeled"), ("labelling", "labeling"),
        ("modelled", "modeled"), ("modelling", "modeling"), ("fuelled", "fueled"), ("fuelling", "fueling"), ("counselled", "counseled"),
        ("counselling", "counseling"), ("counsellor", "counselor"), ("counsellors", "counselors"), ("signalled", "signaled"),
        ("signalling", "signaling"), ("levelled", "leveled"), ("levelling", "leveling"), ("channelled", "channeled"),
        ("totalled", "totaled"), ("dialled", "dialed"), ("dialling", "dialing"), ("equalled", "equaled"), ("tunnelled", "tunneled"),
        ("marshalled", "marshaled"), ("jewellery", "jewelry"), ("rivalled", "rivaled"), ("quarrelled", "quarreled"), ("woollen", "woolen"),
        ("programme", "program"), ("programmes", "programs"), ("grey", "gray"), ("tyre", "tire"), ("tyres", "tires"),
        ("aluminium", "aluminum"), ("cheque", "check"), ("cheques", "checks"), ("judgement", "judgment"), ("judgements", "judgments"),
        ("acknowledgement", "acknowledgment"), ("ageing", "aging"), ("whilst", "while"), ("amongst", "among"), ("towards", "toward"),
        ("afterwards", "afterward"), ("plough", "plow"), ("mould", "mold"), ("sceptic", "skeptic"), ("sceptical", "skeptical"),
        ("scepticism", "skepticism"), ("kerb", "curb"), ("draught", "draft"), ("pyjamas", "pajamas"), ("catalogue", "catalog"),
        ("analogue", "analog"), ("enrol", "enroll"), ("enrolment", "enrollment"), ("fulfil", "fulfill"), ("fulfilment", "fulfillment"),
        ("instalment", "installment"), ("skilful", "skillful"), ("wilful", "willful"), ("practise", "practice"), ("practised", "practiced"),
        ("practising", "practicing"), ("storey", "story"), ("storeys", "stories"), ("paediatric", "pediatric"),
        ("anaesthetic", "anesthetic"), ("haemorrhage", "hemorrhage"), ("leukaemia", "leukemia"), ("oesophagus", "esophagus"),
        ("oestrogen", "estrogen"), ("foetus", "fetus"), ("encyclopaedia", "encyclopedia"), ("mum", "mom"), ("arse", "ass"),
        ("gaol", "jail"), ("kilogramme", "kilogram"), ("cosy", "cozy"), ("moustache", "mustache"), ("sulphur", "sulfur"),
        ("yoghurt", "yogurt"), ("learnt", "learned"), ("spelt", "spelled"), ("burnt", "burned"),
        ("dreamt", "dreamed"), ("spoilt", "spoiled"), ("kiev", "kyiv"), ("zelensky", "zelenskyy"), ("turkey", "turkiye"),
        ("zero", "0"), ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"),
        ("eight", "8"), ("nine", "9"), ("ten", "10"), ("eleven", "11"), ("twelve", "12"), ("thirteen", "13"), ("fourteen", "14"),
        ("fifteen", "15"), ("sixteen", "16"), ("seventeen", "17"), ("eighteen", "18"), ("nineteen", "19"), ("twenty", "20"),
        ("thirty", "30"), ("forty", "40"), ("fifty", "50"), ("sixty", "60"), ("seventy", "70"), ("eighty", "80"), ("ninety", "90"),
    ];

    // Declared after the word lists it is built from: static fields initialise in order.
    private static readonly FrozenDictionary<ulong, ulong> Map = Build();

    // A 64 Kbit filter on the low bits of every variant's hash: most words are not variants and skip the lookup.
    private static readonly ulong[] Filter = BuildFilter();

    private static ulong[] BuildFilter()
    {
        var filter = new ulong[(FilterMask + 1) / 64];
        foreach (var hash in Map.Keys)
        {
            filter[(int)(hash & FilterMask) >> 6] |= 1UL << (int)(hash & 63);
        }

        return filter;
    }

    private static FrozenDictionary<ulong, ulong> Build()
    {
        var map = new Dictionary<ulong, ulong>();
        void Add(string british, string american)
        {
            map.TryAdd(WordHash.Of(british), WordHash.Of(american));
        }

        foreach (var stem in OurStems)
        {
            var american = stem[..^3] + "or";
            foreach (var ending in OurEndings)
            {
                Add(stem + ending, american + ending);
            }
        }

        foreach (var stem in IseStems)
        {
            foreach (var ending in IseEndings)
            {
                Add(stem + ending, stem + "iz" + ending[2..]);
            }
        }

        foreach (var (british, american) in Words)
        {
            Add(british, american);
        }

        return map.ToFrozenDictionary();
    }
}
