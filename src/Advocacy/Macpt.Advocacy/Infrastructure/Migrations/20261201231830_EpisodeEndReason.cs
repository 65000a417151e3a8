using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Advocacy.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class EpisodeEndReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "end_reason",
                table: "episodes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            // Until now only the end of the plan ended an episode.
            migrationBuilder.Sql("UPDATE episodes SET end_reason = 'plan-ended' WHERE ended_on IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "end_reason",
                table: "episodes");
        }
    }
}
