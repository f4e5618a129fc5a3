using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsEvents.Data.Migrations;

/// <summary>
/// Fills Events.UpdatedAt for events stored before the column existed: the time the last of its reporting articles was
/// stored (when a source joined it), else its own creation time. The same SQL runs on SQLite and PostgreSQL.
/// </summary>
internal static class UpdatedAtBackfill
{
    public static void Run(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            UPDATE "Events" SET "UpdatedAt" = COALESCE(
                (SELECT MAX(a."CreatedAt") FROM "EventSources" s JOIN "Articles" a ON a."Id" = s."ArticleId"
                 WHERE s."EventId" = "Events"."Id" AND a."CreatedAt" > "Events"."CreatedAt"),
                "Events"."CreatedAt");
            """);
}
