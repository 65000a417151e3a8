using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationsAndOnwardPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requester_agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requester_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requester_contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    child_first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    child_last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    question = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    advice = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    advice_given_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    advice_given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    became_referral_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_consultations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "onward_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    due_by = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_onward_steps", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_consultations_referral_id",
                table: "case_consultations",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_consultations_requested_at",
                table: "case_consultations",
                column: "requested_at");

            migrationBuilder.CreateIndex(
                name: "ix_onward_steps_referral_id_stage_source_id",
                table: "onward_steps",
                columns: new[] { "referral_id", "stage", "source_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_consultations");

            migrationBuilder.DropTable(
                name: "onward_steps");
        }
    }
}
