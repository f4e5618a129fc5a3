using System.Collections.Frozen;

namespace NewsEvents.Extraction.People;

/// <summary>Closed word classes the name grammar needs; open classes (given names, titles, roles) are data files.</summary>
internal static class NameWords
{
    /// <summary>Lower-case name particles, kept inside a name only when a capitalised name word follows.</summary>
    public static readonly FrozenSet<string> Particles = new[]
    {
        "al", "el", "ul", "bin", "ben", "ibn", "bint", "abu", "abou", "de", "da", "di", "del", "della", "der", "den",
        "van", "von", "du", "le", "la", "dos", "das", "ould", "ag", "wad",
    }.ToFrozenSet();

    /// <summary>Arabic articles the name key drops, so that "al-Assad", "Al Assad" and "Assad" meet.</summary>
    public static readonly FrozenSet<string> Articles = new[] { "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "ed", "es", "er" }.ToFrozenSet();

    public static readonly FrozenSet<string> Calendar = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet();

    /// <summary>Words that are capitalised only because they open a sentence or a quote; never part of a name.</summary>
    public static readonly FrozenSet<string> FunctionWords = new[]
    {
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "after", "before", "during", "since", "despite", "while",
        "when", "with", "without", "for", "from", "by", "of", "to", "this", "that", "these", "those", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "some", "many", "most", "all",
        "both", "several", "few", "no", "not", "if", "although", "though", "however", "meanwhile", "also", "yet", "so",
        "then", "now", "asked", "according", "unlike", "like", "among", "amid", "under", "over", "about", "following",
        "last", "next", "every", "each", "one", "two", "three", "earlier", "later", "what", "who", "why", "how", "where",
        "which", "whose", "our", "we're", "it's", "let", "please", "more", "less", "other", "such", "only", "even", "just",
        "still", "thousands", "hundreds", "dozens", "scores", "reports", "read", "photo", "video", "watch",
    }.ToFrozenSet();

    /// <summary>Head nouns of organisations and places: a capitalised run ending in one is not a person.</summary>
    public static readonly FrozenSet<string> OrgWords = new[]
    {
        "forces", "force", "army", "armies", "ministry", "agency", "observatory", "department", "council", "group", "groups",
        "front", "brigade", "brigades", "battalion", "battalions", "party", "government", "committee", "office", "news",
        "media", "movement", "organization", "organisation", "union", "authority", "authorities", "command", "corps", "guard",
        "guards", "police", "service", "services", "court", "university", "hospital", "company", "center", "centre", "network",
        "coalition", "alliance", "federation", "association", "commission", "bank", "fund", "institute", "foundation",
        "mission", "navy", "militia", "militias", "regiment", "division", "unit", "units", "tv", "times", "post", "press",
        "radio", "channel", "republic", "kingdom", "state", "states", "nations", "house", "street", "road", "square",
        "province", "district", "city", "region", "county", "airport", "base", "camp", "mosque", "church", "school",
        "bridge", "dam", "hotel", "palace", "crescent", "cross", "international", "watch", "daily", "gazette", "telegraph",
        "journal", "tribune", "herald", "cartel", "gang", "gangs", "rights", "program", "programme", "crisis", "law",
        "war", "revolution", "operation", "operations", "assembly", "parliament", "congress", "senate", "cabinet",
        "conference", "summit", "agreement", "accord", "treaty", "council's", "embassy", "consulate", "ministries",
        "directorate", "intelligence", "administration", "headquarters", "accords", "agreements", "talks", "process", "plan",
        "initiative", "town", "village", "port", "island", "islands", "lake", "mount", "hill", "hills", "desert", "strip",
        "corridor", "crossing", "border", "highway", "checkpoint", "neighbourhood", "neighborhood", "quarter", "governorate",
        "oblast", "municipality", "prison", "stadium", "market", "airbase", "junta", "regime", "military",
        // words of armed groups' names in Arabic and other languages ("Jaish al-Izza", "Hayat Tahrir al-Sham", "Ansar Allah")
        "jaish", "liwa", "harakat", "ansar", "hayat", "tahrir", "jabhat", "katibat", "ahrar", "hizb", "hezb", "jamaat",
        "tanzim", "faylaq", "saraya", "kataib", "qaeda", "qaida", "shabaab", "haram", "mujahideen", "fatah", "frente", "ejercito",
        "fuerzas", "movimiento", "cartel", "tatmadaw", "valley", "river", "mountains", "sea", "gulf",
    }.ToFrozenSet();

    /// <summary>Words that may open an appositive before its role noun ("X, a fighter...", "X, another Y commander").</summary>
    public static readonly FrozenSet<string> Determiners = new[] { "a", "an", "the", "another", "one", "his", "her", "its", "their" }.ToFrozenSet();

    /// <summary>Lower-case words allowed inside a role before a name ("former deputy foreign minister X").</summary>
    public static readonly FrozenSet<string> RoleModifiers = new[]
    {
        "former", "deputy", "senior", "top", "military", "political", "foreign", "defence", "defense", "interior", "regional",
        "local", "army", "police", "rebel", "militia", "opposition", "government", "state", "acting", "interim", "then",
        "new", "armed", "group", "field", "chief", "vice", "prime", "security", "health", "religious", "tribal", "district",
        "provincial", "municipal", "national", "general", "jihadist", "militant", "insurgent", "cartel", "gang", "village",
        "camp", "hospital", "ministry", "foreign-ministry", "press", "media", "civil", "defence's", "special", "humanitarian",
    }.ToFrozenSet();

    /// <summary>Adjectives of a role that never start an organisation's name ("Deputy Regional Humanitarian Coordinator").</summary>
    public static readonly FrozenSet<string> RoleAdjectives = new[]
    {
        "former", "deputy", "senior", "top", "military", "political", "foreign", "defence", "defense", "interior", "regional",
        "local", "acting", "interim", "then", "new", "armed", "chief", "vice", "prime", "humanitarian", "special", "civil",
        "religious", "tribal", "provincial", "municipal", "general", "principal", "executive", "assistant", "associate",
    }.ToFrozenSet();

    /// <summary>Reporting verbs that make the capitalised run next to them a speaker, hence likely a person.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "told", "added", "stated", "explained", "wrote", "noted", "insisted", "warned", "claimed", "denied",
        "accused", "announced", "confirmed", "recalled", "asked", "urged", "pointed", "argued", "blamed", "vowed", "tweeted",
    }.ToFrozenSet();
}
