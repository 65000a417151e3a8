using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Enquiries.Infrastructure.Migrations
{
    /// <summary>
    /// One open Section 47 enquiry per child (census 8839/8890): each discussion records the enquiry it started (filled
    /// in here for those held before) or joined; a unique index holds one open enquiry per child. Two open enquiries
    /// for one child already stored are census errors the service cannot resolve for the team, so the migration stops
    /// with a message instead of choosing one. Unborn children's expected date of birth is kept on discussions and enquiries.
    /// </summary>
    public partial class OneOpenSection47PerChildAndUnborn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "expected_date_of_birth",
                table: "strategy_discussions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "joined_open_enquiry",
                table: "strategy_discussions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "section_47_enquiry_id",
                table: "strategy_discussions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "expected_date_of_birth",
                table: "section_47_enquiries",
                type: "date",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE strategy_discussions d SET section_47_enquiry_id = e.id
                FROM section_47_enquiries e WHERE e.strategy_discussion_id = d.id;
                """);
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM section_47_enquiries WHERE status = 'open' GROUP BY la_child_id HAVING count(*) > 1) THEN
                        RAISE EXCEPTION 'A child has two open Section 47 enquiries (census rule 8839): complete one, then migrate again.';
                    END IF;
                END $$;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_strategy_discussions_section_47_enquiry_id",
                table: "strategy_discussions",
                column: "section_47_enquiry_id",
                filter: "section_47_enquiry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_section_47_enquiries_open_per_child",
                table: "section_47_enquiries",
                column: "la_child_id",
                unique: true,
                filter: "status = 'open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_strategy_discussions_section_47_enquiry_id",
                table: "strategy_discussions");

            migrationBuilder.DropIndex(
                name: "ix_section_47_enquiries_open_per_child",
                table: "section_47_enquiries");

            migrationBuilder.DropColumn(
                name: "expected_date_of_birth",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "joined_open_enquiry",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "section_47_enquiry_id",
                table: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "expected_date_of_birth",
                table: "section_47_enquiries");
        }
    }
}
