using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsEvents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JoinRowDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Country_Date_ActorTypes",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_ActorId_EventId",
                table: "EventActors");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EventDate",
                table: "EventActors",
                type: "TEXT",
                nullable: true);

            // Before the indexes are built: the update then writes rows only, not index entries.
            JoinRowDatesBackfill.Run(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_Events_Country_Date_Id_ActorTypes_LocationId_Fatalities_Type",
                table: "Events",
                columns: new[] { "Country", "Date", "Id", "ActorTypes", "LocationId", "Fatalities", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_ActorId_EventDate_EventId",
                table: "EventActors",
                columns: new[] { "ActorId", "EventDate", "EventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Country_Date_Id_ActorTypes_LocationId_Fatalities_Type",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_ActorId_EventDate_EventId",
                table: "EventActors");

            migrationBuilder.DropColumn(
                name: "EventDate",
                table: "EventActors");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Country_Date_ActorTypes",
                table: "Events",
                columns: new[] { "Country", "Date", "ActorTypes" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_ActorId_EventId",
                table: "EventActors",
                columns: new[] { "ActorId", "EventId" });
        }
    }
}
