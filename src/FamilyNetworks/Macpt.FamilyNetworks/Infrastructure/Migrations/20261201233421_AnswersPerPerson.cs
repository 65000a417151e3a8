using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.FamilyNetworks.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AnswersPerPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "answer",
                table: "meeting_requests",
                newName: "answers");

            // Each person offered gets an id their own answer names (Children Act 1989 s.31ZA: the offer is to each person
            // with parental responsibility); whether they hold it was not asked before, so it stays unsaid (null).
            migrationBuilder.Sql("""
                UPDATE meeting_requests
                SET offer = jsonb_set(offer, '{OfferedTo}', COALESCE(
                    (SELECT jsonb_agg(p || jsonb_build_object('PersonId', gen_random_uuid())) FROM jsonb_array_elements(offer->'OfferedTo') AS p),
                    '[]'::jsonb))
                WHERE offer IS NOT NULL;
                """);
            // The family's one answer becomes the first person's: before, an offer was answered once, for the family.
            migrationBuilder.Sql("""
                UPDATE meeting_requests
                SET answers = jsonb_build_array(answers || jsonb_build_object('PersonId', offer->'OfferedTo'->0->'PersonId'))
                WHERE answers IS NOT NULL AND jsonb_typeof(answers) = 'object';
                UPDATE meeting_requests SET answers = '[]'::jsonb WHERE answers IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE meeting_requests
                SET answers = CASE WHEN jsonb_array_length(answers) = 0 THEN NULL ELSE (answers->0) - 'PersonId' END
                WHERE jsonb_typeof(answers) = 'array';
                """);
            migrationBuilder.RenameColumn(
                name: "answers",
                table: "meeting_requests",
                newName: "answer");
        }
    }
}
