using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsEvents.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JoinRowOutlets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventActors_ActorId_EventDate_EventId",
                table: "EventActors");

            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "EventSources",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EventDate",
                table: "EventSources",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outlet",
                table: "EventSources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Before the indexes are built: the update then writes rows only, not index entries.
            JoinRowOutletsBackfill.Run(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_Outlet_Country_EventDate_EventId_ArticleId",
                table: "EventSources",
                columns: new[] { "Outlet", "Country", "EventDate", "EventId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_Outlet_EventDate_EventId_ArticleId",
                table: "EventSources",
                columns: new[] { "Outlet", "EventDate", "EventId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_ActorId_EventDate_EventId_Role",
                table: "EventActors",
                columns: new[] { "ActorId", "EventDate", "EventId", "Role" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventSources_Outlet_Country_EventDate_EventId_ArticleId",
                table: "EventSources");

            migrationBuilder.DropIndex(
                name: "IX_EventSources_Outlet_EventDate_EventId_ArticleId",
                table: "EventSources");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_ActorId_EventDate_EventId_Role",
                table: "EventActors");

            migrationBuilder.DropColumn(
                name: "Country",
                table: "EventSources");

            migrationBuilder.DropColumn(
                name: "EventDate",
                table: "EventSources");

            migrationBuilder.DropColumn(
                name: "Outlet",
                table: "EventSources");

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_ActorId_EventDate_EventId",
                table: "EventActors",
                columns: new[] { "ActorId", "EventDate", "EventId" });
        }
    }
}
