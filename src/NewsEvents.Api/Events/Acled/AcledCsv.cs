using System.Globalization;

namespace NewsEvents.Api.Events.Acled;

/// <summary>An event as one row of ACLED's export format: ACLED's columns, in ACLED's order, with ACLED's meanings.</summary>
public static class AcledCsv
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
        "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
        "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static string?[] Row(ExportRow e)
    {
        var country = AcledCountries.Find(e.Country);
        var actor1 = Side(e, "actor1", includeAssociated: true);
        var actor2 = Side(e, "actor2", includeAssociated: false);
        var inter1 = actor1.Main?.Inter;
        var inter2 = actor2.Main?.Inter;
        string? Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);
        return
        [
            $"{country?.Iso3 ?? "XXX"}{e.Id}",
            e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.Date?.Year.ToString(CultureInfo.InvariantCulture),
            TimePrecision(e.DatePrecision),
            DisorderType(e.Type),
            e.Type, e.SubType,
            actor1.Main?.Name, actor1.Associated, inter1?.ToString(CultureInfo.InvariantCulture),
            actor2.Main?.Name, actor2.Associated, inter2?.ToString(CultureInfo.InvariantCulture),
            AcledActors.Interaction(inter1, inter2),
            e.Type == "Violence against civilians" || inter2 == 7 ? "Civilian targeting" : "",
            country?.IsoNumeric?.ToString(CultureInfo.InvariantCulture),
            country?.Region, country?.Name,
            e.Admin1, "", "",
            e.Location, Number(e.Latitude), Number(e.Longitude),
            GeoPrecision(e.GeoPrecision),
            string.Join("; ", e.DistinctOutlets),
            "",
            e.Summary,
            (e.Fatalities ?? 0).ToString(CultureInfo.InvariantCulture),
            "",
            new DateTimeOffset(e.UpdatedAt).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>The first actor of a role is the actor; the others of that role (and, for actor1, the associated ones) are its associates, joined by "; ".</summary>
    private static (AcledActor? Main, string Associated) Side(ExportRow e, string role, bool includeAssociated)
    {
        var actors = e.Actors.Where(a => a.Role == role).OrderBy(a => a.Name, StringComparer.Ordinal)
            .Concat(includeAssociated ? e.Actors.Where(a => a.Role == "associated").OrderBy(a => a.Name, StringComparer.Ordinal) : [])
            .Select(a => AcledActors.Map(a.Name, a.Type, a.Country)).ToList();
        return actors.Count == 0 ? (null, "") : (actors[0], string.Join("; ", actors.Skip(1).Select(a => a.Name).Distinct()));
    }

    // ACLED: 1 the day is known, 2 within a week or so, 3 only the month or a longer period.
    private static string TimePrecision(string precision) => precision switch { "day" => "1", "week" => "2", _ => "3" };

    // ACLED: 1 the place itself (a town, a village, a named site), 2 near it or part of a region, 3 only a province or country.
    private static string GeoPrecision(string? precision) => precision switch
    {
        "city" or "town" or "village" or "facility" => "1",
        "admin1" or "country" => "3",
        _ => "2",
    };

    private static string DisorderType(string type) => type switch
    {
        "Protests" or "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    };
}
