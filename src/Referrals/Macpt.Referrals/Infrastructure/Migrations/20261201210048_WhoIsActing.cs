using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class WhoIsActing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "submitted_by",
                table: "referrals",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submitted_by_agency",
                table: "referrals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submitted_through",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "asked_by_agency",
                table: "case_consultations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "asked_through",
                table: "case_consultations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "submitted_by",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "submitted_by_agency",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "submitted_through",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "asked_by_agency",
                table: "case_consultations");

            migrationBuilder.DropColumn(
                name: "asked_through",
                table: "case_consultations");
        }
    }
}
