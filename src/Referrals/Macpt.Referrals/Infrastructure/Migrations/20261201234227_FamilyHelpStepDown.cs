using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Referrals.Infrastructure.Migrations
{
    /// <summary>
    /// A family-help decision steps down to Family Help naming the lead and the handover date. Decisions stored before
    /// keep their values: theirs stay empty (they were recorded before a step-down named anyone).
    /// </summary>
    public partial class FamilyHelpStepDown : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "decision_family_help_lead_id",
                table: "referrals",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "decision_handover_date",
                table: "referrals",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "decision_family_help_lead_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "decision_handover_date",
                table: "referrals");
        }
    }
}
