using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProfessionalDisagreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "professional_disagreements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: true),
                    about_agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    concern = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    raised_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    raised_by_agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    current_stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    current_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    outcome_summary = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_professional_disagreements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "escalation_steps",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    disagreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    started_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    started_by_agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    response = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    responded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    responded_by_agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    responded_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_escalation_steps", x => new { x.disagreement_id, x.number });
                    table.ForeignKey(
                        name: "fk_escalation_steps_professional_disagreements_disagreement_id",
                        column: x => x.disagreement_id,
                        principalTable: "professional_disagreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_professional_disagreements_la_child_id",
                table: "professional_disagreements",
                column: "la_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_professional_disagreements_outcome_current_due_on",
                table: "professional_disagreements",
                columns: new[] { "outcome", "current_due_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "escalation_steps");

            migrationBuilder.DropTable(
                name: "professional_disagreements");
        }
    }
}
