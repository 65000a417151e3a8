using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.FamilyNetworks.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PreProceedings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pre_proceedings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    concluded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    started_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    legal_planning_meeting = table.Column<string>(type: "jsonb", nullable: false),
                    letter = table.Column<string>(type: "jsonb", nullable: true),
                    meetings = table.Column<string>(type: "jsonb", nullable: true),
                    outcome = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pre_proceedings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pre_proceedings_la_child_id",
                table: "pre_proceedings",
                column: "la_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_pre_proceedings_referral_id",
                table: "pre_proceedings",
                column: "referral_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pre_proceedings");
        }
    }
}
