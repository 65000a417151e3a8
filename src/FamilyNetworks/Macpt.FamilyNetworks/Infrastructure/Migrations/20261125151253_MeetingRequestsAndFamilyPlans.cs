using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.FamilyNetworks.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MeetingRequestsAndFamilyPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "family_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    agreed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    local_authority_agrees = table.Column<bool>(type: "boolean", nullable: false),
                    local_authority_decision_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    review_due = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    earlier_versions = table.Column<string>(type: "jsonb", nullable: true),
                    ending = table.Column<string>(type: "jsonb", nullable: true),
                    reviews = table.Column<string>(type: "jsonb", nullable: true),
                    safeguards = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_family_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meeting_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    episode_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    needed_by = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    scheduled_for = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    answer = table.Column<string>(type: "jsonb", nullable: true),
                    coordinator = table.Column<string>(type: "jsonb", nullable: true),
                    meeting = table.Column<string>(type: "jsonb", nullable: true),
                    offer = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_requests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_family_plans_la_child_id",
                table: "family_plans",
                column: "la_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_family_plans_meeting_id",
                table: "family_plans",
                column: "meeting_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_family_plans_request_id",
                table: "family_plans",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_family_plans_status_review_due",
                table: "family_plans",
                columns: new[] { "status", "review_due" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_requests_la_child_id_stage_episode_id",
                table: "meeting_requests",
                columns: new[] { "la_child_id", "stage", "episode_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_requests_referral_id",
                table: "meeting_requests",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_requests_status_requested_at",
                table: "meeting_requests",
                columns: new[] { "status", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "family_plans");

            migrationBuilder.DropTable(
                name: "meeting_requests");
        }
    }
}
