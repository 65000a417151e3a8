using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Conferences.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PlanPeopleChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "people_changes",
                table: "plans",
                type: "jsonb",
                nullable: true);

            // Existing plans have had no change of the people around them yet.
            migrationBuilder.Sql("UPDATE plans SET people_changes = '[]'::jsonb WHERE people_changes IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "people_changes",
                table: "plans");
        }
    }
}
