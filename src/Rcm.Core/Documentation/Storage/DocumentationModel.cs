using Microsoft.EntityFrameworkCore;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;

namespace Rcm.Core.Documentation.Storage;

/// <summary>
/// How the documentation stage is stored in the one DbContext (called by one line of <see cref="RcmDbContext"/>'s model).
/// A visit note version is one row with its pin as columns, its values and events as owned rows, its credentials as a
/// primitive collection and <see cref="VisitNote.Revision"/> as the concurrency token (the mapping proven in phase 1 by
/// VisitNoteMappingTests). Both kinds of row are practice-scoped like the platform's entities: a global query filter on
/// the context's tenant hides other practices' rows even if a query forgets to filter.
/// </summary>
public static class DocumentationModel
{
    public static void Configure(ModelBuilder b, RcmDbContext context)
    {
        b.Entity<VisitNote>(note =>
        {
            note.ToTable("VisitNotes");
            note.HasKey(n => n.Id);
            note.HasOne<Practice>().WithMany().HasForeignKey(n => n.PracticeId).OnDelete(DeleteBehavior.Restrict);
            note.HasOne<Appointment>().WithMany().HasForeignKey(n => n.VisitId).OnDelete(DeleteBehavior.Restrict);
            note.HasQueryFilter(n => context.TenantId == null || n.PracticeId == context.TenantId);
            note.Property(n => n.PayerCode).HasMaxLength(80);
            note.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
            note.Property(n => n.StartedBy).HasMaxLength(80);
            note.ComplexProperty(n => n.Pin, pin =>
            {
                pin.Property(p => p.TemplateId).HasMaxLength(80);
                pin.Property(p => p.OverlayId).HasMaxLength(120);
            });
            note.OwnsOne(n => n.Amendment, a =>
            {
                a.Property(x => x.By).HasMaxLength(80);
                a.Property(x => x.Reason).HasMaxLength(500);
            });
            note.OwnsMany(n => n.FieldValues, v =>
            {
                v.ToTable("VisitNoteValues");
                v.WithOwner().HasForeignKey("NoteId");
                v.HasKey("NoteId", nameof(NoteFieldValue.FieldId));
                v.Property(x => x.FieldId).HasMaxLength(80);
            });
            note.OwnsMany(n => n.Events, e =>
            {
                e.ToTable("VisitNoteEvents");
                e.WithOwner().HasForeignKey("NoteId");
                e.HasKey("NoteId", nameof(NoteEvent.Sequence));
                e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
                e.Property(x => x.Actor).HasMaxLength(80);
                e.Property(x => x.Detail).HasMaxLength(500);
            });
            note.PrimitiveCollection<List<string>>("_renderingCredentials").HasColumnName("RenderingCredentials");
            note.Ignore(n => n.RenderingCredentials);
            note.Ignore(n => n.Values);
            note.Property(n => n.Revision).IsConcurrencyToken();
            note.HasIndex(n => new { n.PracticeId, n.VisitId, n.Version }).IsUnique();
            note.HasIndex(n => new { n.PracticeId, n.Status });
            note.HasIndex(n => n.ChainId);
        });

        b.Entity<StoredDefinition>(d =>
        {
            d.ToTable("DocumentationDefinitions");
            d.Property(x => x.Version).IsConcurrencyToken();
            d.HasOne<Practice>().WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Restrict);
            d.HasQueryFilter(x => context.TenantId == null || x.PracticeId == context.TenantId);
            d.Ignore(x => x.PendingEvents);
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            d.Property(x => x.DefinitionId).HasMaxLength(120);
            d.Property(x => x.TemplateId).HasMaxLength(80);
            d.Property(x => x.PayerCode).HasMaxLength(80);
            d.Property(x => x.PublishedBy).HasMaxLength(80);
            d.HasIndex(x => new { x.PracticeId, x.Kind, x.DefinitionId, x.DefinitionVersion }).IsUnique();
        });
    }
}
