using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsEvents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TollTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TollObservations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExtractorVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Min = table.Column<int>(type: "INTEGER", nullable: true),
                    Max = table.Column<int>(type: "INTEGER", nullable: true),
                    Best = table.Column<int>(type: "INTEGER", nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ObservedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TollObservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TollObservations_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TollObservations_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TollObservations_ArticleId",
                table: "TollObservations",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_TollObservations_EventId_ObservedAt_Id",
                table: "TollObservations",
                columns: new[] { "EventId", "ObservedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TollObservations");
        }
    }
}
