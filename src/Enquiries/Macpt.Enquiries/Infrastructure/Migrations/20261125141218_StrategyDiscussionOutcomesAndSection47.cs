using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Enquiries.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StrategyDiscussionOutcomesAndSection47 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "attendees",
                table: "strategy_discussions",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "chair_id",
                table: "strategy_discussions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "strategy_discussions",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "scheduled_for",
                table: "strategy_discussions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "strategy_discussions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "section_47_enquiries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    strategy_discussion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    strategy_discussion_date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    initial_conference_target = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_section_47_enquiries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_section_47_enquiries_referral_id",
                table: "section_47_enquiries",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_section_47_enquiries_status_initial_conference_target",
                table: "section_47_enquiries",
                columns: new[] { "status", "initial_conference_target" });

            migrationBuilder.CreateIndex(
                name: "ix_section_47_enquiries_strategy_discussion_id",
                table: "section_47_enquiries",
                column: "strategy_discussion_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "section_47_enquiries");

            migrationBuilder.DropColumn(
                name: "attendees",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "chair_id",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "outcome",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "scheduled_for",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "strategy_discussions");
        }
    }
}
