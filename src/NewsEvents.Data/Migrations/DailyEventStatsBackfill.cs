using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsEvents.Data.Migrations;

/// <summary>Fills DailyEventStats from the events stored before the table existed, with the ingestion's own upsert.</summary>
internal static class DailyEventStatsBackfill
{
    /// <param name="undated">The provider's literal for <see cref="Entities.DailyEventStat.Undated"/>.</param>
    public static void Run(MigrationBuilder migrationBuilder, string undated) =>
        migrationBuilder.Sql(DailyEventStats.Upsert(1, undated, "1 = 1"));
}
