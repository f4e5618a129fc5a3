namespace NewsEvents.Extraction.Places;

/// <summary>What a gazetteer entry is; decides the precision reported and how much evidence a mention needs.</summary>
public enum PlaceLevel { Country, Admin1, PopulatedPlace }

/// <summary>One place of the gazetteer: a country, an admin-1 region or a GeoNames populated place.</summary>
/// <param name="GeonameId">GeoNames id for populated places; null for countries and regions (their sources carry none).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Admin1">Name of the admin-1 region the place lies in (the region's own name for a region).</param>
/// <param name="FeatureCode">GeoNames feature code (PPL, PPLA, PPLC...); empty for countries and regions.</param>
/// <param name="NameKey">Exact key of the place's own name (its other keys are alternate names).</param>
/// <param name="AsciiKey">Exact key of its ASCII name when that differs.</param>
/// <param name="Admin2">Name of the admin-2 unit (department, cercle, province) where the build knew it; null elsewhere.</param>
public sealed record GazetteerEntry(
    int? GeonameId,
    string Name,
    string Country,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    int Population,
    PlaceLevel Level,
    string FeatureCode,
    string? NameKey = null,
    string? AsciiKey = null,
    string? Admin2 = null)
{
    /// <summary>Capitals and seats of regions: places a reporter names without needing to say what they are.</summary>
    public bool IsSeat => FeatureCode is "PPLC" or "PPLA";

    /// <summary>A place known well enough to be named bare: a country, a region, a capital or seat, or a city of 100,000+.</summary>
    public bool IsProminent => Level != PlaceLevel.PopulatedPlace || IsSeat || Population >= 100_000;

    public string Precision => Level switch
    {
        PlaceLevel.Country => "country",
        PlaceLevel.Admin1 => "admin1",
        _ when Population >= 100_000 || FeatureCode == "PPLC" => "city",
        _ when Population >= 5_000 || FeatureCode is "PPLA" or "PPLA2" => "town",
        _ => "village",
    };

    public string Kind => Level switch
    {
        PlaceLevel.Country => "country",
        PlaceLevel.Admin1 => "admin1",
        _ => "populated_place",
    };
}
