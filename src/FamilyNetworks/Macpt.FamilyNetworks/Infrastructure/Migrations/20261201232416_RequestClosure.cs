using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.FamilyNetworks.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RequestClosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "closure",
                table: "meeting_requests",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "closure",
                table: "meeting_requests");
        }
    }
}
