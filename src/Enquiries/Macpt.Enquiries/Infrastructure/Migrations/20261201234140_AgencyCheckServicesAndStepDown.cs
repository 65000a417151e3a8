using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Enquiries.Infrastructure.Migrations
{
    /// <summary>
    /// Several checks per agency: a health check names its service, and the unique index holds one open (unanswered)
    /// check per enquiry, agency and service (no service counting as one) instead of one check per agency. Checks stored
    /// before keep their values: their service stays empty. (The step-down's lead and handover date live in the
    /// outcome's JSON and need no column.)
    /// </summary>
    public partial class AgencyCheckServicesAndStepDown : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_agency_checks_enquiry_id_agency",
                table: "agency_checks");

            migrationBuilder.AddColumn<string>(
                name: "service",
                table: "agency_checks",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_agency_checks_open_per_agency_service",
                table: "agency_checks",
                columns: new[] { "enquiry_id", "agency", "service" },
                unique: true,
                filter: "answered_at IS NULL")
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_agency_checks_open_per_agency_service",
                table: "agency_checks");

            migrationBuilder.DropColumn(
                name: "service",
                table: "agency_checks");

            migrationBuilder.CreateIndex(
                name: "ix_agency_checks_enquiry_id_agency",
                table: "agency_checks",
                columns: new[] { "enquiry_id", "agency" },
                unique: true);
        }
    }
}
