using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.FamilyNetworks.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FamilyNetworkOfferId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The offer's id is a field of the offer's JSON column: nothing changes in the schema; offers recorded before
            // have none (the request's id stands for them).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
