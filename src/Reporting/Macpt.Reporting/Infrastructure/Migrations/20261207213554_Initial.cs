using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Macpt.Reporting.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    resource_type = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    la_child_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    la_child_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    actor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    route = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "initial_conference_facts",
                columns: table => new
                {
                    la_child_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    conference_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    enquiry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    section47started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    target_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initial_conference_facts", x => new { x.la_child_id, x.conference_id });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_facts",
                columns: table => new
                {
                    la_child_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    previous_plans = table.Column<int>(type: "integer", nullable: false),
                    earlier_plan_known = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_facts", x => new { x.la_child_id, x.plan_id });
                });

            migrationBuilder.CreateTable(
                name: "received_events",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    la_child_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    la_child_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    received_order = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_received_events", x => x.message_id);
                });

            migrationBuilder.CreateTable(
                name: "referral_facts",
                columns: table => new
                {
                    la_child_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_due_by = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_re_referral = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_facts", x => new { x.la_child_id, x.referral_id });
                });

            migrationBuilder.CreateTable(
                name: "review_facts",
                columns: table => new
                {
                    la_child_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    conference_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_facts", x => new { x.la_child_id, x.conference_id });
                });

            migrationBuilder.CreateTable(
                name: "timeline_steps",
                columns: table => new
                {
                    la_child_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind_order = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    details = table.Column<string>(type: "jsonb", nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    discharged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    agencies = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline_steps", x => new { x.la_child_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "work_items",
                columns: table => new
                {
                    la_child_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_by = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    discharged = table.Column<bool>(type: "boolean", nullable: false),
                    agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    agencies = table.Column<List<string>>(type: "text[]", nullable: false),
                    held_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    details = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_items", x => new { x.la_child_id, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_actor_id",
                table: "audit_log",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at_id",
                table: "audit_log",
                columns: new[] { "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_la_child_id",
                table: "audit_log",
                column: "la_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_la_child_ids",
                table: "audit_log",
                column: "la_child_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_initial_conference_facts_held_on",
                table: "initial_conference_facts",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_sent_at",
                table: "outbox_messages",
                column: "sent_at",
                filter: "sent_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "created_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_plan_facts_end_date",
                table: "plan_facts",
                column: "end_date");

            migrationBuilder.CreateIndex(
                name: "ix_plan_facts_start_date",
                table: "plan_facts",
                column: "start_date");

            migrationBuilder.CreateIndex(
                name: "ix_received_events_la_child_ids",
                table: "received_events",
                column: "la_child_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_received_events_received_order",
                table: "received_events",
                column: "received_order",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referral_facts_received_on",
                table: "referral_facts",
                column: "received_on");

            migrationBuilder.CreateIndex(
                name: "ix_review_facts_reviewed_on",
                table: "review_facts",
                column: "reviewed_on");

            migrationBuilder.CreateIndex(
                name: "ix_timeline_steps_la_child_id_on_at_kind_order_source_id",
                table: "timeline_steps",
                columns: new[] { "la_child_id", "on", "at", "kind_order", "source_id" });

            migrationBuilder.CreateIndex(
                name: "ix_work_items_due_by_kind_source_id",
                table: "work_items",
                columns: new[] { "due_by", "kind", "source_id" },
                filter: "closed_on IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "initial_conference_facts");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "plan_facts");

            migrationBuilder.DropTable(
                name: "received_events");

            migrationBuilder.DropTable(
                name: "referral_facts");

            migrationBuilder.DropTable(
                name: "review_facts");

            migrationBuilder.DropTable(
                name: "timeline_steps");

            migrationBuilder.DropTable(
                name: "work_items");
        }
    }
}
