using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Security;
using Rcm.Core.Shared;
using Rcm.Core.WorkQueues;

namespace Rcm.Core.Persistence;

/// <summary>Model mapping, kept apart from the save logic.</summary>
public abstract partial class RcmDbContext
{
    private void ConfigureModel(ModelBuilder b)
    {
        b.Entity<Practice>(e =>
        {
            e.HasIndex(p => p.Name).IsUnique();
            e.Property(p => p.Name).HasMaxLength(40);
            e.Property(p => p.DisplayName).HasMaxLength(200);
            e.Property(p => p.Npi).HasMaxLength(10);
            e.Property(p => p.TaxId).HasMaxLength(9);
        });

        Tenant<Location>(b, e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.PlaceOfServiceCode).HasMaxLength(2);
            e.Property(x => x.Npi).HasMaxLength(10);
            e.OwnsOne(x => x.Address, Address);
        });

        Tenant<Provider>(b, e =>
        {
            e.Property(x => x.FirstName).HasMaxLength(100);
            e.Property(x => x.LastName).HasMaxLength(100);
            e.Property(x => x.Npi).HasMaxLength(10);
            e.Property(x => x.TaxonomyCode).HasMaxLength(10);
            e.Property(x => x.TaxId).HasMaxLength(9);
            e.Property(x => x.Credential).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.PracticeId, x.Npi });
        });

        Tenant<Payer>(b, e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.PayerCode).HasMaxLength(80);
            e.Property(x => x.PlanTypes).HasConversion(
                v => string.Join(',', v),
                s => s.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<PlanType>).ToList(),
                new ValueComparer<List<PlanType>>((l, r) => l!.SequenceEqual(r!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList()))
                .HasMaxLength(300);
            e.Property(x => x.ConnectivityMode).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ConnectivityEndpoint).HasMaxLength(500);
            e.Property(x => x.ConnectivityUsername).HasMaxLength(200);
            e.HasIndex(x => new { x.PracticeId, x.PayerCode });
        });

        Tenant<Patient>(b, e =>
        {
            e.Property(x => x.AccountNumber).HasMaxLength(40);
            e.Property(x => x.FirstName).HasMaxLength(100);
            e.Property(x => x.LastName).HasMaxLength(100);
            e.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Email).HasMaxLength(200);
            e.OwnsOne(x => x.Address, Address);
            e.HasIndex(x => new { x.PracticeId, x.AccountNumber }).IsUnique();
            e.HasIndex(x => new { x.PracticeId, x.LastName, x.FirstName });
        });

        Tenant<Coverage>(b, e =>
        {
            e.Property(x => x.MemberId).HasMaxLength(80);
            e.Property(x => x.GroupNumber).HasMaxLength(80);
            e.Property(x => x.PlanType).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Relationship).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SubscriberFirstName).HasMaxLength(100);
            e.Property(x => x.SubscriberLastName).HasMaxLength(100);
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Payer>().WithMany().HasForeignKey(x => x.PayerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.PracticeId, x.PatientId });
        });

        Tenant<Appointment>(b, e =>
        {
            e.Property(x => x.ServiceCode).HasMaxLength(10);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Provider>().WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Location>().WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Coverage>().WithMany().HasForeignKey(x => x.CoverageId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.PracticeId, x.StartsAt });
        });

        Tenant<WorkItem>(b, e =>
        {
            e.Property(x => x.Queue).HasMaxLength(40);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Fix).HasMaxLength(500);
            e.Property(x => x.SubjectType).HasMaxLength(40);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.PracticeId, x.Queue, x.Status });
            e.HasIndex(x => new { x.PracticeId, x.SubjectType, x.SubjectId });
        });

        Tenant<Eligibility.EligibilityCheck>(b, Eligibility.EligibilityModel.Check);
        Tenant<Eligibility.VisitClearance>(b, Eligibility.EligibilityModel.Clearance);

        b.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.Actor).HasMaxLength(80);
            e.Property(x => x.Ip).HasMaxLength(64);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.EntityType).HasMaxLength(40);
            e.Property(x => x.Detail).HasMaxLength(500);
            e.HasIndex(x => new { x.PracticeId, x.Id });
            e.HasIndex(x => new { x.PracticeId, x.EntityType, x.EntityId });
            e.HasQueryFilter(x => TenantId == null || x.PracticeId == TenantId);
        });

        b.Entity<ApiKey>(e =>
        {
            e.HasIndex(x => x.Prefix).IsUnique();
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.Property(x => x.Role).HasMaxLength(24);
            e.Property(x => x.Label).HasMaxLength(200);
            e.HasOne<Practice>().WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<StaffMembership>(e =>
        {
            e.HasIndex(x => new { x.UserId, x.PracticeId }).IsUnique();
            e.Property(x => x.Role).HasMaxLength(24);
            e.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Practice>().WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<ProtectionKey>(e => e.Property(x => x.FriendlyName).HasMaxLength(200));

        b.Entity<IdempotencyRecord>(e =>
        {
            e.HasIndex(x => new { x.PracticeId, x.Key }).IsUnique();
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.RequestHash).HasMaxLength(64);
            e.Property(x => x.Location).HasMaxLength(500);
        });

        Documentation.Storage.DocumentationModel.Configure(b, this);
        Claims.Persistence.ClaimsModel.Configure(b, this);
    }

    private void Tenant<T>(ModelBuilder b, Action<EntityTypeBuilder<T>> configure) where T : TenantEntity
    {
        b.Entity<T>(e =>
        {
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Practice>().WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(x => TenantId == null || x.PracticeId == TenantId);
            e.Ignore(x => x.PendingEvents);
            configure(e);
        });
    }

    private static void Address<TOwner>(OwnedNavigationBuilder<TOwner, Address> a) where TOwner : class
    {
        a.Property(x => x.Line1).HasMaxLength(200);
        a.Property(x => x.Line2).HasMaxLength(200);
        a.Property(x => x.City).HasMaxLength(100);
        a.Property(x => x.State).HasMaxLength(2);
        a.Property(x => x.PostalCode).HasMaxLength(10);
    }
}
