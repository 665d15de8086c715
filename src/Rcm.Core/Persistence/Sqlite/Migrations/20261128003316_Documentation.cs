using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rcm.Core.Persistence.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PayerCode = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    EffectiveFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PracticeId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<long>(type: "INTEGER", nullable: false),
                    PayerCode = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    RenderingProviderId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChainId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SignedBy = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Amendment_AmendsNoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amendment_By = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Amendment_At = table.Column<long>(type: "INTEGER", nullable: true),
                    Amendment_Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SupersededByNoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RenderingCredentials = table.Column<string>(type: "TEXT", nullable: false),
                    Pin_OverlayId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Pin_OverlayVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Pin_TemplateId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Pin_TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    FieldId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_DocumentationDefinitions_PracticeId_Kind_DefinitionId_DefinitionVersion",
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
