using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Enquiries.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AgencyChecksDirectAndJointDiscussions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "concern",
                table: "strategy_discussions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "joint_meeting_id",
                table: "strategy_discussions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requested_by",
                table: "strategy_discussions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "strategy_discussions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "referral");

            migrationBuilder.CreateTable(
                name: "agency_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enquiry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    question = table.Column<string>(type: "text", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    answer = table.Column<string>(type: "text", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    answered_through = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_agency_checks_section_47_enquiries_enquiry_id",
                        column: x => x.enquiry_id,
                        principalTable: "section_47_enquiries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_strategy_discussions_joint_meeting_id",
                table: "strategy_discussions",
                column: "joint_meeting_id",
                filter: "joint_meeting_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_strategy_discussions_pending_direct",
                table: "strategy_discussions",
                column: "la_child_id",
                unique: true,
                filter: "source = 'direct' AND status <> 'held'");

            migrationBuilder.CreateIndex(
                name: "ix_agency_checks_agency_answered_at_due_on",
                table: "agency_checks",
                columns: new[] { "agency", "answered_at", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_agency_checks_enquiry_id_agency",
                table: "agency_checks",
                columns: new[] { "enquiry_id", "agency" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agency_checks");

            migrationBuilder.DropIndex(
                name: "ix_strategy_discussions_joint_meeting_id",
                table: "strategy_discussions");

            migrationBuilder.DropIndex(
                name: "ix_strategy_discussions_pending_direct",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "concern",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "joint_meeting_id",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "requested_by",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "source",
                table: "strategy_discussions");
        }
    }
}
