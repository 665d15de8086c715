using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rcm.Core.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Documentation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocumentationDefinitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    TemplateId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PayerCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    EffectiveFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PracticeId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentationDefinitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentationDefinitions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PracticeId = table.Column<long>(type: "bigint", nullable: false),
                    VisitId = table.Column<long>(type: "bigint", nullable: false),
                    PayerCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    RenderingProviderId = table.Column<long>(type: "bigint", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SignedBy = table.Column<long>(type: "bigint", nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Amendment_AmendsNoteId = table.Column<Guid>(type: "uuid", nullable: true),
                    Amendment_By = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Amendment_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Amendment_Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SupersededByNoteId = table.Column<Guid>(type: "uuid", nullable: true),
                    RenderingCredentials = table.Column<List<string>>(type: "text[]", nullable: false),
                    Pin_OverlayId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Pin_OverlayVersion = table.Column<int>(type: "integer", nullable: true),
                    Pin_TemplateId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Pin_TemplateVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitNotes_Appointments_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitNotes_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitNoteEvents",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitNoteEvents", x => new { x.NoteId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_VisitNoteEvents_VisitNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "VisitNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitNoteValues",
                columns: table => new
                {
                    FieldId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitNoteValues", x => new { x.NoteId, x.FieldId });
                    table.ForeignKey(
                        name: "FK_VisitNoteValues_VisitNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "VisitNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentationDefinitions_PracticeId_Kind_DefinitionId_Defin~",
                table: "DocumentationDefinitions",
                columns: new[] { "PracticeId", "Kind", "DefinitionId", "DefinitionVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitNotes_ChainId",
                table: "VisitNotes",
                column: "ChainId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitNotes_PracticeId_Status",
                table: "VisitNotes",
                columns: new[] { "PracticeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitNotes_PracticeId_VisitId_Version",
                table: "VisitNotes",
                columns: new[] { "PracticeId", "VisitId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitNotes_VisitId",
                table: "VisitNotes",
                column: "VisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentationDefinitions");

            migrationBuilder.DropTable(
                name: "VisitNoteEvents");

            migrationBuilder.DropTable(
                name: "VisitNoteValues");

            migrationBuilder.DropTable(
                name: "VisitNotes");
        }
    }
}
