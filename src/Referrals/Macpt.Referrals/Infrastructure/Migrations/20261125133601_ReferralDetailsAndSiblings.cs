using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReferralDetailsAndSiblings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "child_address_line1",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_address_line2",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_address_postcode",
                table: "referrals",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_address_town",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_ethnicity",
                table: "referrals",
                type: "character varying(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "NOBT"); // referrals recorded before ethnicity was asked: not yet obtained

            migrationBuilder.AddColumn<bool>(
                name: "child_interpreter_needed",
                table: "referrals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "child_language",
                table: "referrals",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_nhs_number",
                table: "referrals",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_upn",
                table: "referrals",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "harm_context",
                table: "referrals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "not-yet-known");

            migrationBuilder.AddColumn<Guid>(
                name: "household_id",
                table: "referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "previous_referral_id",
                table: "referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "referrer_agency",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "referrer_contact",
                table: "referrals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "referrer_role",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "suspected_categories",
                table: "referrals",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_child_nhs_number",
                table: "referrals",
                column: "child_nhs_number");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_household_id",
                table: "referrals",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_la_child_id_received_at",
                table: "referrals",
                columns: new[] { "la_child_id", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_child_nhs_number",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_referrals_household_id",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_referrals_la_child_id_received_at",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_address_line1",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_address_line2",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_address_postcode",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_address_town",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_ethnicity",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_interpreter_needed",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_language",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_nhs_number",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_upn",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "harm_context",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "household_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "previous_referral_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "referrer_agency",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "referrer_contact",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "referrer_role",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "suspected_categories",
                table: "referrals");
        }
    }
}
