using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsEvents.Data.Migrations.Postgres
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
                type: "integer",
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
