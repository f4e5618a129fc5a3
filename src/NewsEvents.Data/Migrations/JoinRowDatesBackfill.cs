using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsEvents.Data.Migrations;

/// <summary>Copies each event's date onto its EventActors rows, for rows stored before the column existed; the same SQL runs on SQLite and PostgreSQL.</summary>
internal static class JoinRowDatesBackfill
{
    public static void Run(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        UPDATE "EventActors" SET "EventDate" = (SELECT e."Date" FROM "Events" e WHERE e."Id" = "EventActors"."EventId");
        """);
}
