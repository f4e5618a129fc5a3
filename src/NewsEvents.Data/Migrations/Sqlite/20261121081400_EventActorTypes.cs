using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsEvents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventActorTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActorTypes",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            ActorTypesBackfill.Run(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActorTypes",
                table: "Events");
        }
    }
}
