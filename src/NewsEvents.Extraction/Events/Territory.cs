using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>Whether a seizure trigger's object is ground: "seized two hilltops" is territory, "seized 20 rifles" is not.</summary>
internal static class Territory
{
    // Nouns for ground that changes hands: "seized two hilltops" is territory, "seized 20 assault rifles" is not.
    private static readonly HashSet<string> TerritoryNouns =
    [
        "town", "towns", "village", "villages", "city", "cities", "hilltop", "hilltops", "hill", "hills", "base", "bases", "area", "areas",
        "positions", "position", "territory", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
        "checkpoint", "checkpoints", "camp", "airport", "airbase", "crossing", "border", "province", "region", "locality", "localities",
        "outskirts", "centre", "center", "capital", "port", "highway", "road", "bridge", "headquarters", "garrison", "front", "island",
        "outpost", "outposts", "post", "posts", "barracks", "stronghold", "strongholds", "compound", "settlement", "settlements", "township",
        "townships", "municipality", "zone", "sector", "suburb", "suburbs", "quarter", "valley", "ridge", "heights", "mine", "mines", "oilfield",
    ];

    // the list, or what WordNet calls a settlement or a natural feature ("hamlets", "mountains", "oasis"), unless the
    // word names people or a body as well ("bank" is also a financial institution)
    private static bool IsGround(string norm, WordClasses words)
    {
        if (TerritoryNouns.Contains(norm)) return true;
        var classes = words.Of(norm);
        return (classes & (WordClass.Settlement | WordClass.GeographicFeature)) != 0
            && (classes & (WordClass.Person | WordClass.Organisation | WordClass.Proper)) == 0;
    }

    internal static bool IsTerritorial(EventTrigger t) => t.SubType is "Non-state actor overtakes territory" or "Government regains territory";

    private static readonly HashSet<string> WeaponNouns =
    [
        "weapon", "weapons", "arms", "rifle", "rifles", "gun", "guns", "firearms", "ammunition", "ammunitions", "munitions", "bullets",
        "cartridges", "explosives", "grenades", "mortars", "rockets", "missiles", "ak", "kalashnikov", "kalashnikovs", "pistols", "pistol",
    ];

    /// <summary>
    /// A seizure whose object is not ground: state forces seizing weapons disrupt their use; anyone else seizing goods, cattle
    /// or vehicles loots ("seized livestock", "seized an ambulance").
    /// </summary>
    internal static (string Type, string SubType) SeizureOfThings(Sentence sentence, int trigger, Sides sides)
    {
        var tokens = sentence.Tokens;
        for (var k = trigger + 1; k <= Math.Min(tokens.Count - 1, trigger + 6); k++)
            if (WeaponNouns.Contains(tokens[k].Norm))
                return sides.StateDoers ? ("Strategic developments", "Disrupted weapons use") : ("Strategic developments", "Looting/property destruction");
        return ("Strategic developments", "Looting/property destruction");
    }

    private static readonly HashSet<string> Aircraft = ["aircraft", "aircrafts", "helicopter", "helicopters", "plane", "planes", "jet", "jets", "warplane", "warplanes", "fighter", "bomber", "gunship"];

    /// <summary>Whether a crewed aircraft is the object just after the trigger: "shot down a transport helicopter".</summary>
    internal static bool AircraftFollows(Sentence sentence, int last)
    {
        var tokens = sentence.Tokens;
        for (var k = last + 1; k <= Math.Min(tokens.Count - 1, last + 6); k++)
        {
            if (Aircraft.Contains(tokens[k].Norm)) return true;
            if (tokens[k].Norm is "drone" or "drones" or "missile" or "missiles" or "rocket" or "rockets" or "." or ",") return false;
        }
        return false;
    }

    /// <param name="clash">The sentence also tells of a clash or small-arms fire, which makes it a fight on the ground.</param>
    internal static bool FiredAtAPlace(Sentence sentence, int first, int last, Sides sides, List<(TextSpan Span, LocationResult Value)> places, bool clash)
    {
        var tokens = sentence.Tokens;
        if (clash || tokens[first].Norm != "fired" || (sides.Doers & Party.Military) == 0 || (sides.Doers & (Party.Armed | Party.Police)) != 0) return false;
        if ((sides.Targets & ~(Party.MilitarySite | Party.CivilPlace)) != 0) return false;
        // the object: a place named right after "at", "on" or "upon" ("fired at Okhtyrka"), or positions
        for (var k = last + 1; k <= Math.Min(tokens.Count - 1, last + 4); k++)
        {
            if (places.Any(p => p.Span.Start == tokens[k].Span.Start) || tokens[k].Norm is "positions" or "position") return true;
            if (tokens[k].Norm is "," or "." or "in" or "near") return false;
        }
        return false;
    }

    private static readonly string[][] Unopposedly =
    [
        ["without", "a", "fight"], ["without", "fighting"], ["without", "resistance"], ["without", "a", "shot"], ["without", "any", "resistance"],
        ["no", "clashes"], ["no", "fighting"], ["no", "resistance"], ["unopposed"], ["peacefully"], ["had", "vacated"], ["had", "withdrawn"], ["had", "left"],
    ];

    /// <summary>Whether the sentence, or the one after it, says ground changed hands with no fight.</summary>
    internal static bool Unopposed(Sentence sentence, IReadOnlyList<Sentence> sentences)
    {
        bool Says(Sentence s)
        {
            var t = s.Tokens;
            for (var i = 0; i < t.Count; i++)
                foreach (var words in Unopposedly)
                    if (i + words.Length <= t.Count && words.Select((w, k) => t[i + k].Norm == w).All(b => b)) return true;
            return false;
        }
        return Says(sentence) || sentence.Index + 1 < sentences.Count && sentences[sentence.Index + 1].Paragraph == sentence.Paragraph && Says(sentences[sentence.Index + 1]);
    }

    // Prepositions that end the object and start a where or when: "seized 20 rifles | in Culiacan".
    private static readonly HashSet<string> ObjectEnd = ["in", "at", "near", "on", "from", "during", "after", "before", "while", "as", "and", ","];

    // The trigger's object names ground: a place ("seized Saraqib", "took control of Aleppo") or a territory noun.
    internal static bool TerritoryFollows(Sentence sentence, int trigger, List<(TextSpan Span, LocationResult Value)> places, WordClasses words)
    {
        var tokens = sentence.Tokens;
        var last = Math.Min(tokens.Count - 1, trigger + 8);
        for (var k = trigger + 1; k <= last; k++)
        {
            var token = tokens[k];
            if (places.Any(p => p.Span.Start == token.Span.Start) || IsGround(token.Norm, words)) return true;
            if (ObjectEnd.Contains(token.Norm)) return false;
        }
        return false;
    }
}
