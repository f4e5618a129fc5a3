using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsEvents.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Country_Date",
                table: "Events");

            migrationBuilder.CreateTable(
                name: "DailyEventStats",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Admin1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ActorType = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<int>(type: "integer", nullable: false),
                    Fatalities = table.Column<int>(type: "integer", nullable: false),
                    FatalitiesLow = table.Column<int>(type: "integer", nullable: false),
                    FatalitiesHigh = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyEventStats", x => new { x.Admin1, x.Country, x.ActorType, x.Day, x.Type });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Country_Date_ActorTypes",
                table: "Events",
                columns: new[] { "Country", "Date", "ActorTypes" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Country_Type_Fatalities_Id",
                table: "Events",
                columns: new[] { "Country", "Type", "Fatalities", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyEventStats_Admin1_ActorType_Day",
                table: "DailyEventStats",
                columns: new[] { "Admin1", "ActorType", "Day" });

            DailyEventStatsBackfill.Run(migrationBuilder, "DATE '0001-01-01'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyEventStats");

            migrationBuilder.DropIndex(
                name: "IX_Events_Country_Date_ActorTypes",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_Country_Type_Fatalities_Id",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Country_Date",
                table: "Events",
                columns: new[] { "Country", "Date" });
        }
    }
}
