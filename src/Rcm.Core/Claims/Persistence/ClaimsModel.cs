using Microsoft.EntityFrameworkCore;
using Rcm.Core.Claims.Workflow;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;

namespace Rcm.Core.Claims.Persistence;

/// <summary>
/// How stored claims live in the one DbContext (one line in its model): a claim row with the business claim as a JSON
/// document plus the columns lists filter on, its findings and events as owned rows in their own tables. Practice-scoped
/// like every tenant row: a global query filter hides other practices' claims even if a query forgets to filter.
/// </summary>
public static class ClaimsModel
{
    public static void Configure(ModelBuilder b, RcmDbContext context)
    {
        b.Entity<ClaimRecord>(c =>
        {
            c.ToTable("Claims");
            c.Property(x => x.Version).IsConcurrencyToken();
            c.HasOne<Practice>().WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Restrict);
            c.HasOne<Appointment>().WithMany().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Restrict);
            c.HasQueryFilter(x => context.TenantId == null || x.PracticeId == context.TenantId);
            c.Ignore(x => x.PendingEvents);
            c.Ignore(x => x.IsBlocked);
            c.Property(x => x.ClaimNumber).HasMaxLength(38); // CLM01 is at most 38 characters (837P 5010).
            c.Property(x => x.PayerCode).HasMaxLength(80);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            c.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.RuleSetVersion).HasMaxLength(120);
            c.Property(x => x.TotalCharge).HasPrecision(12, 2);
            c.HasIndex(x => new { x.PracticeId, x.ClaimNumber }).IsUnique();
            c.HasIndex(x => new { x.PracticeId, x.Status });
            c.HasIndex(x => new { x.PracticeId, x.VisitId });
            c.OwnsMany(x => x.Findings, f =>
            {
                f.ToTable("ClaimFindings");
                f.WithOwner().HasForeignKey("ClaimId");
                f.Property<long>("Id");
                f.HasKey("Id");
                f.Property(x => x.RuleId).HasMaxLength(20);
                f.Property(x => x.Severity).HasConversion<string>().HasMaxLength(8);
                f.Property(x => x.Field).HasMaxLength(200);
                f.Property(x => x.Message).HasMaxLength(1000);
                f.Property(x => x.Fix).HasMaxLength(1000);
                f.Ignore(x => x.IsBlocking);
            });
            c.Navigation(x => x.Findings).HasField("_findings");
            c.OwnsMany(x => x.Events, e =>
            {
                e.ToTable("ClaimEvents");
                e.WithOwner().HasForeignKey("ClaimId");
                e.HasKey("ClaimId", nameof(ClaimEvent.Sequence));
                e.Property(x => x.Sequence).ValueGeneratedNever();
                e.Property(x => x.Kind).HasMaxLength(32);
                e.Property(x => x.Detail).HasMaxLength(500);
            });
            c.Navigation(x => x.Events).HasField("_events");
        });
    }
}
