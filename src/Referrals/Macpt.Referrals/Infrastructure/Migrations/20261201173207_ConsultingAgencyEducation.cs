using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Referrals.Infrastructure.Migrations
{
    /// <summary>
    /// The one agency code list (Macpt.Contracts.Agencies) spells schools "education": stored consultations asked
    /// by a school under the old code "school" take the new one, so they still match the list and its filters.
    /// </summary>
    public partial class ConsultingAgencyEducation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE case_consultations SET requester_agency = 'education' WHERE requester_agency = 'school';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE case_consultations SET requester_agency = 'school' WHERE requester_agency = 'education';");
        }
    }
}
