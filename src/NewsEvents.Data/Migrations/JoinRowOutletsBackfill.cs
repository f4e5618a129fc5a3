using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsEvents.Data.Migrations;

/// <summary>Copies each article's outlet and each event's country and date onto its EventSources rows, for rows stored before the columns existed; the same SQL runs on SQLite (3.33 and later) and PostgreSQL.</summary>
internal static class JoinRowOutletsBackfill
{
    public static void Run(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        UPDATE "EventSources" SET "Outlet" = a."Source", "Country" = e."Country", "EventDate" = e."Date"
        FROM "Articles" a, "Events" e
        WHERE a."Id" = "EventSources"."ArticleId" AND e."Id" = "EventSources"."EventId";
        """);
}
