using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Macpt.Advocacy.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AdvocacyModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "advocacy_providers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_advocacy_providers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "episodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enquiry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    conference_id = table.Column<Guid>(type: "uuid", nullable: true),
                    conference_date = table.Column<DateOnly>(type: "date", nullable: true),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_episodes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "guides",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guides", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "parent_conflicts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    first_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    second_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parent_conflicts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "parents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    relationship = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    interpreter_needed = table.Column<bool>(type: "boolean", nullable: false),
                    contact_preferences = table.Column<List<string>>(type: "text[]", nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    registered_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "advocates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    lived_experience = table.Column<bool>(type: "boolean", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    open_cases = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_advocates", x => x.id);
                    table.ForeignKey(
                        name: "fk_advocates_advocacy_providers_provider_id",
                        column: x => x.provider_id,
                        principalTable: "advocacy_providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "advocacy_offers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    episode_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    offered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answered_recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    consent_withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_advocacy_offers", x => x.id);
                    table.ForeignKey(
                        name: "fk_advocacy_offers_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_advocacy_offers_parents_parent_id",
                        column: x => x.parent_id,
                        principalTable: "parents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "guides_sent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    guide_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sent_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guides_sent", x => x.id);
                    table.ForeignKey(
                        name: "fk_guides_sent_guides_guide_id",
                        column: x => x.guide_id,
                        principalTable: "guides",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_guides_sent_parents_parent_id",
                        column: x => x.parent_id,
                        principalTable: "parents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    episode_id = table.Column<Guid>(type: "uuid", nullable: false),
                    advocate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    allocated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    allocated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allocations", x => x.id);
                    table.ForeignKey(
                        name: "fk_allocations_advocacy_offers_offer_id",
                        column: x => x.offer_id,
                        principalTable: "advocacy_offers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allocations_advocates_advocate_id",
                        column: x => x.advocate_id,
                        principalTable: "advocates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stage_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    episode_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stage_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_stage_feedback_advocacy_offers_offer_id",
                        column: x => x.offer_id,
                        principalTable: "advocacy_offers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attendances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    allocation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    meeting_on = table.Column<DateOnly>(type: "date", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    attended = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendances", x => x.id);
                    table.ForeignKey(
                        name: "fk_attendances_allocations_allocation_id",
                        column: x => x.allocation_id,
                        principalTable: "allocations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "guides",
                columns: new[] { "id", "language", "stage", "summary", "title", "url" },
                values: new object[,]
                {
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000001"), "en", "strategy-discussion", "Social care, police and health talk together about whether your child may be at risk of significant harm. You may not be at this meeting, but you will be told what was decided and why. You can ask for an advocate to help you.", "What is a strategy discussion?", "guides/strategy-discussion/en.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000002"), "en", "section-47", "A social worker is finding out whether your child is safe. They will talk to you and your child and check with others who know your family. You can have an independent parent advocate, ask questions, and say what you think at every step.", "What is a Section 47 enquiry?", "guides/section-47/en.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000003"), "en", "conference", "A meeting of you, the professionals who know your child, and an independent chair, to decide whether your child needs a child protection plan. You will see the reports before the meeting, can bring an advocate, and can give your views.", "What is a child protection conference?", "guides/conference/en.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000004"), "en", "plan", "The plan says what everyone, including you, will do to keep your child safe. A core group meets regularly to check it, and a review conference decides whether it is still needed. Your advocate can attend with you.", "What is a child protection plan?", "guides/plan/en.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000005"), "cy", "strategy-discussion", "In Cymraeg: Social care, police and health talk together about whether your child may be at risk of significant harm. You may not be at this meeting, but you will be told what was decided and why. You can ask for an advocate to help you.", "What is a strategy discussion? (Cymraeg)", "guides/strategy-discussion/cy.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000006"), "cy", "section-47", "In Cymraeg: A social worker is finding out whether your child is safe. They will talk to you and your child and check with others who know your family. You can have an independent parent advocate, ask questions, and say what you think at every step.", "What is a Section 47 enquiry? (Cymraeg)", "guides/section-47/cy.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000007"), "cy", "conference", "In Cymraeg: A meeting of you, the professionals who know your child, and an independent chair, to decide whether your child needs a child protection plan. You will see the reports before the meeting, can bring an advocate, and can give your views.", "What is a child protection conference? (Cymraeg)", "guides/conference/cy.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000008"), "cy", "plan", "In Cymraeg: The plan says what everyone, including you, will do to keep your child safe. A core group meets regularly to check it, and a review conference decides whether it is still needed. Your advocate can attend with you.", "What is a child protection plan? (Cymraeg)", "guides/plan/cy.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000009"), "pl", "section-47", "In Polski: A social worker is finding out whether your child is safe. They will talk to you and your child and check with others who know your family. You can have an independent parent advocate, ask questions, and say what you think at every step.", "What is a Section 47 enquiry? (Polski)", "guides/section-47/pl.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000010"), "pl", "conference", "In Polski: A meeting of you, the professionals who know your child, and an independent chair, to decide whether your child needs a child protection plan. You will see the reports before the meeting, can bring an advocate, and can give your views.", "What is a child protection conference? (Polski)", "guides/conference/pl.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000011"), "pl", "plan", "In Polski: The plan says what everyone, including you, will do to keep your child safe. A core group meets regularly to check it, and a review conference decides whether it is still needed. Your advocate can attend with you.", "What is a child protection plan? (Polski)", "guides/plan/pl.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000012"), "ur", "section-47", "In اردو: A social worker is finding out whether your child is safe. They will talk to you and your child and check with others who know your family. You can have an independent parent advocate, ask questions, and say what you think at every step.", "What is a Section 47 enquiry? (اردو)", "guides/section-47/ur.pdf" },
                    { new Guid("9a1d0c3e-5b7f-4e2a-8c6d-000000000013"), "ur", "conference", "In اردو: A meeting of you, the professionals who know your child, and an independent chair, to decide whether your child needs a child protection plan. You will see the reports before the meeting, can bring an advocate, and can give your views.", "What is a child protection conference? (اردو)", "guides/conference/ur.pdf" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_advocacy_offers_episode_id",
                table: "advocacy_offers",
                column: "episode_id");

            migrationBuilder.CreateIndex(
                name: "ix_advocacy_offers_parent_id_episode_id",
                table: "advocacy_offers",
                columns: new[] { "parent_id", "episode_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_advocacy_offers_status_offered_on",
                table: "advocacy_offers",
                columns: new[] { "status", "offered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_advocates_provider_id",
                table: "advocates",
                column: "provider_id");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_active_offer",
                table: "allocations",
                column: "offer_id",
                unique: true,
                filter: "ended_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_advocate_id_ended_at",
                table: "allocations",
                columns: new[] { "advocate_id", "ended_at" });

            migrationBuilder.CreateIndex(
                name: "ix_allocations_episode_id_ended_at",
                table: "allocations",
                columns: new[] { "episode_id", "ended_at" });

            migrationBuilder.CreateIndex(
                name: "ix_attendances_allocation_id_meeting_meeting_on",
                table: "attendances",
                columns: new[] { "allocation_id", "meeting", "meeting_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_episodes_conference_date",
                table: "episodes",
                column: "conference_date");

            migrationBuilder.CreateIndex(
                name: "ix_episodes_key",
                table: "episodes",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_episodes_la_child_id_ended_on",
                table: "episodes",
                columns: new[] { "la_child_id", "ended_on" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_plan_id",
                table: "episodes",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_guides_stage_language",
                table: "guides",
                columns: new[] { "stage", "language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_guides_sent_guide_id",
                table: "guides_sent",
                column: "guide_id");

            migrationBuilder.CreateIndex(
                name: "ix_guides_sent_parent_id",
                table: "guides_sent",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_parent_conflicts_first_parent_id_second_parent_id",
                table: "parent_conflicts",
                columns: new[] { "first_parent_id", "second_parent_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_parent_conflicts_la_child_id",
                table: "parent_conflicts",
                column: "la_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_parents_la_child_id",
                table: "parents",
                column: "la_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_stage_feedback_offer_id_stage",
                table: "stage_feedback",
                columns: new[] { "offer_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stage_feedback_stage_given_on",
                table: "stage_feedback",
                columns: new[] { "stage", "given_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendances");

            migrationBuilder.DropTable(
                name: "guides_sent");

            migrationBuilder.DropTable(
                name: "parent_conflicts");

            migrationBuilder.DropTable(
                name: "stage_feedback");

            migrationBuilder.DropTable(
                name: "allocations");

            migrationBuilder.DropTable(
                name: "guides");

            migrationBuilder.DropTable(
                name: "advocacy_offers");

            migrationBuilder.DropTable(
                name: "advocates");

            migrationBuilder.DropTable(
                name: "episodes");

            migrationBuilder.DropTable(
                name: "parents");

            migrationBuilder.DropTable(
                name: "advocacy_providers");
        }
    }
}
