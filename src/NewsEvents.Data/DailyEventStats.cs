using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data;

/// <summary>
/// Keeps <see cref="DailyEventStat"/> rows in step with events: the caller takes away what a set of events counted
/// (<see cref="SubtractAsync"/>, before changing them) and adds what they count now (<see cref="AddAsync"/>, after),
/// inside the transaction that changes them. Each is one INSERT ... ON CONFLICT DO UPDATE over a GROUP BY of those
/// events, so concurrent writers on PostgreSQL add to a row instead of overwriting each other's count. The SQL is the
/// same on SQLite and PostgreSQL. Rows that drop to 0 events stay; readers skip them.
/// </summary>
public static class DailyEventStats
{
    public static Task SubtractAsync(NewsEventsDbContext db, IReadOnlyCollection<long> eventIds, CancellationToken ct) => ApplyAsync(db, eventIds, -1, ct);

    public static Task AddAsync(NewsEventsDbContext db, IReadOnlyCollection<long> eventIds, CancellationToken ct) => ApplyAsync(db, eventIds, 1, ct);

    private static async Task ApplyAsync(NewsEventsDbContext db, IReadOnlyCollection<long> eventIds, int sign, CancellationToken ct)
    {
        if (eventIds.Count == 0) return;
        var parameters = new List<object> { DailyEventStat.Undated };
        var ids = new StringBuilder();
        foreach (var id in eventIds)
        {
            ids.Append(ids.Length > 0 ? ", " : "").Append('{').Append(parameters.Count).Append('}');
            parameters.Add(id);
        }
        await db.Database.ExecuteSqlRawAsync(Upsert(sign, "{0}", $"e.\"Id\" IN ({ids})"), parameters, ct);
    }

    /// <summary>
    /// The upsert of what the events matching <paramref name="where"/> count, times <paramref name="sign"/>.
    /// <paramref name="undated"/> is the SQL for <see cref="DailyEventStat.Undated"/> (a parameter, or a literal in a migration).
    /// </summary>
    public static string Upsert(int sign, string undated, string where)
    {
        var bits = string.Join(" UNION ALL ", ActorTypeMask.All.Select(t => t.Bit).Append(ActorTypeMask.Bit("")).Distinct().Select(b => $"SELECT {b}"));
        return $"""
            INSERT INTO "DailyEventStats" ("Admin1", "Country", "ActorType", "Day", "Type", "Events", "Fatalities", "FatalitiesLow", "FatalitiesHigh")
            SELECT x."Admin1", x."Country", x."ActorType", x."Day", x."Type", {sign} * COUNT(*), {sign} * SUM(x."F"), {sign} * SUM(x."L"), {sign} * SUM(x."H")
            FROM (
                SELECT CASE WHEN lv."N" < 2 THEN '{DailyEventStat.All}' ELSE COALESCE(e."Admin1", '') END AS "Admin1", b."Bit" AS "ActorType",
                       COALESCE(e."Date", {undated}) AS "Day", CASE WHEN lv."N" = 0 THEN '{DailyEventStat.All}' ELSE COALESCE(e."Country", '') END AS "Country",
                       e."Type" AS "Type",
                       COALESCE(e."Fatalities", 0) AS "F",
                       COALESCE((SELECT MIN(s."Fatalities") FROM "EventSources" s WHERE s."EventId" = e."Id" AND s."Fatalities" > 0), e."Fatalities", 0) AS "L",
                       COALESCE((SELECT MAX(s."Fatalities") FROM "EventSources" s WHERE s."EventId" = e."Id"), e."Fatalities", 0) AS "H"
                FROM "Events" e
                CROSS JOIN (SELECT 0 AS "N" UNION ALL SELECT 1 UNION ALL SELECT 2) lv
                JOIN (SELECT 0 AS "Bit" UNION ALL {bits}) b ON b."Bit" = 0 OR (e."ActorTypes" & b."Bit") <> 0
                WHERE {where}
            ) x
            GROUP BY x."Admin1", x."Country", x."ActorType", x."Day", x."Type"
            ON CONFLICT ("Admin1", "Country", "ActorType", "Day", "Type") DO UPDATE SET
                "Events" = "DailyEventStats"."Events" + excluded."Events",
                "Fatalities" = "DailyEventStats"."Fatalities" + excluded."Fatalities",
                "FatalitiesLow" = "DailyEventStats"."FatalitiesLow" + excluded."FatalitiesLow",
                "FatalitiesHigh" = "DailyEventStats"."FatalitiesHigh" + excluded."FatalitiesHigh"
            """;
    }
}
