using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Conferences.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ConferencesAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conferences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    enquiry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    pre_birth = table.Column<bool>(type: "boolean", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    target_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    scheduled_for = table.Column<DateOnly>(type: "date", nullable: true),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    latest_category_of_abuse = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    record_distributed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    arrangements = table.Column<string>(type: "jsonb", nullable: true),
                    case_team = table.Column<string>(type: "jsonb", nullable: true),
                    outcome = table.Column<string>(type: "jsonb", nullable: true),
                    plan_decision = table.Column<string>(type: "jsonb", nullable: true),
                    record = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conferences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "family_plans",
                columns: table => new
                {
                    family_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    agreed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    safeguards = table.Column<int>(type: "integer", nullable: false),
                    local_authority_agrees = table.Column<bool>(type: "boolean", nullable: false),
                    review_due = table.Column<DateOnly>(type: "date", nullable: true),
                    plan_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_family_plans", x => x.family_plan_id);
                });

            migrationBuilder.CreateTable(
                name: "parent_advocates",
                columns: table => new
                {
                    allocation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    advocate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    allocated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parent_advocates", x => x.allocation_id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    initial_conference_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    initial_category_of_abuse = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    latest_category_of_abuse = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    number_of_previous_cpp = table.Column<int>(type: "integer", nullable: false),
                    lcpp_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    next_review_due = table.Column<DateOnly>(type: "date", nullable: true),
                    next_core_group_due = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    core_group = table.Column<string>(type: "jsonb", nullable: true),
                    core_group_meetings = table.Column<string>(type: "jsonb", nullable: true),
                    ending = table.Column<string>(type: "jsonb", nullable: true),
                    outline_plan = table.Column<string>(type: "jsonb", nullable: false),
                    reviews = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conferences_enquiry_id",
                table: "conferences",
                column: "enquiry_id",
                unique: true,
                filter: "enquiry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_conferences_held_on_record_distributed_on",
                table: "conferences",
                columns: new[] { "held_on", "record_distributed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_conferences_la_child_id",
                table: "conferences",
                column: "la_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_conferences_plan_id",
                table: "conferences",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_conferences_status_target_date",
                table: "conferences",
                columns: new[] { "status", "target_date" });

            migrationBuilder.CreateIndex(
                name: "ix_family_plans_la_child_id_agreed_on",
                table: "family_plans",
                columns: new[] { "la_child_id", "agreed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_parent_advocates_la_child_id",
                table: "parent_advocates",
                column: "la_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_initial_conference_id",
                table: "plans",
                column: "initial_conference_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_la_child_id_start_date",
                table: "plans",
                columns: new[] { "la_child_id", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_plans_next_core_group_due",
                table: "plans",
                column: "next_core_group_due");

            migrationBuilder.CreateIndex(
                name: "ix_plans_next_review_due",
                table: "plans",
                column: "next_review_due");

            migrationBuilder.CreateIndex(
                name: "ix_plans_one_open_per_child",
                table: "plans",
                column: "la_child_id",
                unique: true,
                filter: "end_date IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conferences");

            migrationBuilder.DropTable(
                name: "family_plans");

            migrationBuilder.DropTable(
                name: "parent_advocates");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}
