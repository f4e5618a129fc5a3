namespace NewsEvents.Extraction;

/// <summary>Everything extracted from one article. Every span indexes <see cref="CleanText"/>.</summary>
public sealed record ExtractionResult(
    string ExtractorVersion,
    DateOnly? PublishedAt,
    string? Title,
    string? Source,
    string CleanText,
    IReadOnlyList<LocationResult> Locations,
    IReadOnlyList<ActorResult> Actors,
    IReadOnlyList<PersonResult> People,
    IReadOnlyList<TollResult> Tolls,
    IReadOnlyList<ClaimResult> Claims,
    IReadOnlyList<EventResult> Events);

/// <summary>A place named in the article, resolved to the gazetteer when possible.</summary>
/// <param name="Text">The surface form as first written.</param>
/// <param name="Name">Canonical name (gazetteer name, or the surface form when unresolved).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Precision">country, admin1, city, town, village, facility, unresolved.</param>
/// <param name="Kind">What the place is: country, admin1, populated_place, facility, region, unresolved.</param>
/// <param name="Parent">For facilities and unresolved places, the enclosing place's name when known.</param>
public sealed record LocationResult(
    string Text,
    string Name,
    string? Country,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    int? GeonameId,
    string Precision,
    IReadOnlyList<TextSpan> Spans,
    string? Kind = null,
    string? Parent = null);

/// <summary>An actor (armed group, state force, organisation...), normalised to one canonical entry.</summary>
/// <param name="Type">state_forces, rebel_group, political_militia, identity_militia, external_force, civilians, protesters, international_org, monitor, media, government, political_party.</param>
/// <param name="AcledName">The name ACLED's codebook gives the actor ("Unidentified Armed Group (Mali)" for unnamed militants), when it differs from <paramref name="Name"/> or is known.</param>
public sealed record ActorResult(
    string Text,
    string Name,
    string Type,
    string? Country,
    IReadOnlyList<TextSpan> Spans,
    string? Parent = null,
    string? AcledName = null);

/// <summary>A named person, with role and affiliation when the text gives them.</summary>
public sealed record PersonResult(string Name, string? Role, string? Affiliation, IReadOnlyList<TextSpan> Spans);

/// <summary>A casualty or harm count.</summary>
/// <param name="Kind">killed, injured, killed_or_injured, displaced, captured, abducted, arrested, missing.</param>
/// <param name="Qualifier">at_least, more_than, nearly, about, up_to, exactly... (null for a bare figure).</param>
/// <param name="Vague">The vague quantity word when there is no figure: dozens, scores, hundreds, thousands, several...</param>
public sealed record TollResult(
    string Kind,
    int? Min,
    int? Max,
    int? Best,
    string? Qualifier,
    string? Vague,
    string? Victims,
    IReadOnlyList<TollPart> Includes,
    string? AttributedTo,
    DateOnly? Date,
    DateOnly? DateEnd,
    string? Location,
    TextSpan Span,
    string? Side = null);

/// <summary>A sub-group of a toll ("including eight children").</summary>
public sealed record TollPart(int? Min, int? Max, int? Best, string? Qualifier, string? Victims, TextSpan Span);

/// <summary>Who said what.</summary>
/// <param name="Speaker">The speaker as the text names it (a person, an actor, or an unnamed source).</param>
/// <param name="SpeakerActor">The canonical actor the speaker belongs to, when known.</param>
/// <param name="Stance">assertion, denial, accusation, claim_of_responsibility, threat, promise.</param>
/// <param name="Direct">True for quoted speech.</param>
/// <param name="Text">The content of the claim.</param>
/// <param name="Span">The span of the content.</param>
/// <param name="SpeakerSpan">The span of the words naming the speaker (for a pronoun or a continued quote, the pronoun or the first attribution).</param>
public sealed record ClaimResult(
    string Speaker,
    string? SpeakerActor,
    string Verb,
    string Stance,
    bool Direct,
    string Text,
    TextSpan Span,
    TextSpan? SpeakerSpan = null);

/// <summary>One incident: what happened, when, where, who, with its tolls and the claims about it.</summary>
/// <param name="Type">ACLED event type: Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments.</param>
/// <param name="DatePrecision">day, period, week, month, unknown.</param>
/// <param name="Fatalities">Best killed count: the lowest credible reported figure (ACLED's rule).</param>
public sealed record EventResult(
    string Type,
    string SubType,
    DateOnly? Date,
    DateOnly? DateEnd,
    string DatePrecision,
    LocationResult? Location,
    IReadOnlyList<EventActor> Actors,
    int? Fatalities,
    IReadOnlyList<TollResult> Tolls,
    IReadOnlyList<ClaimResult> Claims,
    string Summary,
    double Confidence,
    TextSpan Span);

/// <summary>An actor's part in an event: actor1 (initiator), actor2 (target), associated.</summary>
/// <param name="AcledName">The actor as ACLED's codebook names it: "Military Forces of Sudan", "Civilians (Nigeria)", "Unidentified Armed Group (Mali)".</param>
/// <param name="Alleged">The text only suspects or reports a claim that this actor did it ("suspected JNIM militants", "IS claimed the attack").</param>
public sealed record EventActor(string Name, string Role, string? Type = null, string? AcledName = null, bool Alleged = false);
