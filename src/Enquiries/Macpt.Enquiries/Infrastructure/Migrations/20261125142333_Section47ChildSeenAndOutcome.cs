using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Enquiries.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Section47ChildSeenAndOutcome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "child_seen",
                table: "section_47_enquiries",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "section_47_enquiries",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "child_seen",
                table: "section_47_enquiries");

            migrationBuilder.DropColumn(
                name: "outcome",
                table: "section_47_enquiries");
        }
    }
}
