using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationAnswerDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "answer_due_by",
                table: "case_consultations",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "answer_due_by",
                table: "case_consultations");
        }
    }
}
