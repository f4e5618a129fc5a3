using Microsoft.EntityFrameworkCore.Migrations;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Migrations;

/// <summary>Fills Events.ActorTypes for events stored before the column existed; the same SQL runs on SQLite and PostgreSQL.</summary>
internal static class ActorTypesBackfill
{
    public static void Run(MigrationBuilder migrationBuilder)
    {
        foreach (var (type, bit) in ActorTypeMask.All)
            migrationBuilder.Sql($"""
                UPDATE "Events" SET "ActorTypes" = "ActorTypes" | {bit}
                WHERE EXISTS (SELECT 1 FROM "EventActors" ea JOIN "Actors" a ON a."Id" = ea."ActorId"
                              WHERE ea."EventId" = "Events"."Id" AND a."Type" = '{type}');
                """);
        migrationBuilder.Sql($"""
            UPDATE "Events" SET "ActorTypes" = "ActorTypes" | {ActorTypeMask.Bit("")}
            WHERE EXISTS (SELECT 1 FROM "EventActors" ea JOIN "Actors" a ON a."Id" = ea."ActorId"
                          WHERE ea."EventId" = "Events"."Id" AND a."Type" NOT IN ({string.Join(", ", ActorTypeMask.All.Select(t => $"'{t.Type}'"))}));
            """);
    }
}
