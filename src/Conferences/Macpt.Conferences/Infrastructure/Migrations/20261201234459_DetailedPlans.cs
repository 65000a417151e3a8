using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Conferences.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DetailedPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "detailed_plan",
                table: "plans",
                type: "jsonb",
                nullable: true);

            // Existing core group meetings recorded no progress: each gets an empty list (and no note), as new ones do.
            migrationBuilder.Sql("""
                UPDATE plans SET core_group_meetings = (
                    SELECT jsonb_agg(CASE WHEN m ? 'Progress' THEN m ELSE m || '{"Progress": []}'::jsonb END)
                    FROM jsonb_array_elements(core_group_meetings) m)
                WHERE core_group_meetings IS NOT NULL AND jsonb_typeof(core_group_meetings) = 'array' AND jsonb_array_length(core_group_meetings) > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "detailed_plan",
                table: "plans");
        }
    }
}
