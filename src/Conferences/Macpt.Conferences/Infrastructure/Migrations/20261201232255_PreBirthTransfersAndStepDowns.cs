using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Conferences.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PreBirthTransfersAndStepDowns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "child_born_on",
                table: "plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "pre_birth",
                table: "plans",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "child_born_on",
                table: "conferences",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "expected_date_of_birth",
                table: "conferences",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "step_down",
                table: "conferences",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "target_changes",
                table: "conferences",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transfer_in",
                table: "conferences",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "births",
                columns: table => new
                {
                    unborn_la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_births", x => x.unborn_la_child_id);
                });

            // Existing records keep their meaning: a plan started by a pre-birth conference is a pre-birth plan, and no
            // conference's target has been brought forward yet.
            migrationBuilder.Sql("UPDATE plans p SET pre_birth = c.pre_birth FROM conferences c WHERE c.id = p.initial_conference_id;");
            migrationBuilder.Sql("UPDATE conferences SET target_changes = '[]'::jsonb WHERE target_changes IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "births");

            migrationBuilder.DropColumn(
                name: "child_born_on",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "pre_birth",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "child_born_on",
                table: "conferences");

            migrationBuilder.DropColumn(
                name: "expected_date_of_birth",
                table: "conferences");

            migrationBuilder.DropColumn(
                name: "step_down",
                table: "conferences");

            migrationBuilder.DropColumn(
                name: "target_changes",
                table: "conferences");

            migrationBuilder.DropColumn(
                name: "transfer_in",
                table: "conferences");
        }
    }
}
