namespace NewsEvents.Extraction.Lexicon;

/// <summary>
/// What a noun names, from WordNet's hypernyms (tools/wordnet/README.md tells how each class is derived). A word can
/// have several: "fighter" is a combatant and an aircraft, "school" an organisation and a building.
/// </summary>
[Flags]
public enum WordClass
{
    None = 0,
    /// <summary>A human being: "farmer", "sheikh", "street cleaner".</summary>
    Person = 1 << 0,
    /// <summary>A person under arms: soldiers of every rank, fighters, rebels, guerrillas, terrorists, gunmen, bandits.</summary>
    Combatant = 1 << 1,
    /// <summary>Police and guards, as persons ("policeman", "guard") or forces ("police", "security force").</summary>
    Security = 1 << 2,
    /// <summary>A person holding office or leading: officials, politicians, rulers, heads of state, diplomats (not clergy).</summary>
    Official = 1 << 3,
    /// <summary>A person named by a civilian role: work, age, sex, family, faith, study, travel, home ("herder", "child", "imam").</summary>
    Civilian = 1 << 4,
    /// <summary>An organised armed body: armies, military units, militias, paramilitaries, guerrilla forces, terrorist groups.</summary>
    ArmedGroup = 1 << 5,
    /// <summary>A group of people by descent, place or condition: peoples, ethnic groups, tribes, clans, families, communities.</summary>
    SocialGroup = 1 << 6,
    /// <summary>Any organisation: institutions, agencies, parties, companies, and the armed groups again.</summary>
    Organisation = 1 << 7,
    /// <summary>Weapons, weaponry, ammunition and explosive devices: "mortar", "rifle", "car bomb".</summary>
    Weapon = 1 << 8,
    /// <summary>Vehicles, aircraft, vessels and public transport: "truck", "helicopter", "bus".</summary>
    Vehicle = 1 << 9,
    /// <summary>Structures and facilities: buildings, bridges, bases, airports, checkpoints: "mosque", "hospital".</summary>
    Facility = 1 << 10,
    /// <summary>Inhabited places: "village", "town", "city", "municipality".</summary>
    Settlement = 1 << 11,
    /// <summary>Natural ground and water: "river", "mountain", "valley", "forest", "desert", "island".</summary>
    GeographicFeature = 1 << 12,
    /// <summary>The classes come from a named instance only ("Aleppo", "Euphrates", "Hamas"): a proper name, not a common noun.</summary>
    Proper = 1 << 13,

    /// <summary>Anyone or anything under arms: a combatant, security, or an armed group.</summary>
    Armed = Combatant | Security | ArmedGroup,
    /// <summary>Concrete things that are never people: weapons, vehicles, facilities, settlements, geographic features.</summary>
    Thing = Weapon | Vehicle | Facility | Settlement | GeographicFeature,
}
