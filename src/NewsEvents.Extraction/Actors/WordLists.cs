using System.Collections.Frozen;

namespace NewsEvents.Extraction.Actors;

/// <summary>The few closed word classes the actor rules need to tell "Russia said" (an actor) from "in Russia" (a place).</summary>
internal static class WordLists
{
    private static FrozenSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs (and auxiliaries) that make the country before them the one acting.</summary>
    public static readonly FrozenSet<string> ActVerbs = Set(
        "said says say has have had will would could can may might must should did does do " +
        "launched launches warned warns accused accuses denied denies claimed claims struck strikes sent sends deployed deploys " +
        "supports supported backs backed condemned condemns called calls urged urges announced announces vowed vows " +
        "threatened threatens rejected rejects insisted insists stated states pledged pledges responded responds retaliated " +
        "attacked attacks bombed bombs shelled shells invaded invades seized seizes captured captures killed kills fired fires " +
        "hit hits targeted targets intercepted intercepts wants wanted seeks sought agreed agrees signed signs demanded demands " +
        "blamed blames expressed expresses reiterated reiterates confirmed confirms continues continued began begins started " +
        "helped helps provided provides gave gives offered offers recognised recognized recognizes recognises intervened " +
        "withdrew withdraws mobilised mobilized carried carries conducted conducts imposed imposes summoned summons " +
        "maintains maintained told tells asked asks ordered orders allowed allows refused refuses opposed opposes " +
        "arrested detained abducted kidnapped shot stormed raided ambushed burned torched looted opened clashed fought entered took " +
        "executed beat tortured wounded injured patrolled raped assaulted destroyed");

    /// <summary>For a capital standing for its government ("Moscow said"), only verbs of speaking and stance: "Moscow was hit" is a place.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said says say accused accuses denied denies warned warns urged urges condemned condemns called calls announced announces " +
        "insisted insists rejected rejects responded responds vowed vows blamed blames claimed claims demanded demands stated " +
        "states maintains maintained backs supports threatened threatens summoned summons");

    public static readonly FrozenSet<string> Adverbs = Set("also reportedly allegedly officially previously later then recently now repeatedly already still");

    /// <summary>Before a country, these make it a place.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Set(
        "in into inside to from near across toward towards throughout through at on of around outside within via over under " +
        "between beyond along visit visited visiting entered enter enters leaving left reached reach fled flee " +
        // "northwestern Syria is...": a part of a country is a place
        "north northern south southern east eastern west western northeast northeastern northwest northwestern " +
        "southeast southeastern southwest southwestern central rural coastal");

    /// <summary>Before a country, these make it an actor: "backed by Russia", "accused Israel", "allies Iran and Russia".</summary>
    public static readonly FrozenSet<string> ActorBefore = Set(
        "by against accused accuses accusing urged urges urging warned warns blamed blames blaming told asked asks condemned " +
        "criticised criticized thanked allies ally backers backer supporters sponsors called");

    /// <summary>"war with Israel", "talks with Russia" (actors) against "the border with Turkey" (a place).</summary>
    public static readonly FrozenSet<string> WithActor = Set(
        "war wars talks conflict clashes fighting deal agreement ceasefire truce ties relations coordination cooperation " +
        "alliance negotiations confrontation dispute tensions");

    /// <summary>After "Russia's": nouns that make the country an actor without being a force or an office.</summary>
    public static readonly FrozenSet<string> PossessiveGovernment = Set(
        "allies ally backing support backers intervention involvement role position stance proxies decision response " +
        "offensive invasion war campaign policy");

    public static readonly FrozenSet<string> BackedWords = Set("backed linked aligned allied supported sponsored affiliated funded armed trained");

    /// <summary>After a leader's name these are his forces ("Hemedti's fighters"); after a demonym they are too vague ("Syrian fighters").</summary>
    public static readonly FrozenSet<string> LeaderFollowers = Set("fighters men loyalists gunmen militiamen");

    public static readonly FrozenSet<string> AlliesWords = Set("allies allied ally partners proxies");

    /// <summary>A generic noun after these belongs to someone else: "his army", "the president's forces" are not the state's army.</summary>
    public static readonly FrozenSet<string> PossessiveWords = Set("'s his her its their our my your whose");
}
