using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rcm.Core.Eligibility;

/// <summary>Table mapping of the eligibility rows; the DbContext applies it through its tenant helper (filter, concurrency, practice key).</summary>
public static class EligibilityModel
{
    public static void Check(EntityTypeBuilder<EligibilityCheck> e)
    {
        e.Property(x => x.ServiceType).HasMaxLength(4);
        e.Property(x => x.Trigger).HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.PlanName).HasMaxLength(200);
        e.Property(x => x.OtherPayerName).HasMaxLength(200);
        e.Property(x => x.OtherPayerCode).HasMaxLength(80);
        e.Property(x => x.RejectionCode).HasMaxLength(4);
        e.Property(x => x.Summary).HasMaxLength(500);
        e.Property(x => x.Fix).HasMaxLength(500);
        foreach (var p in new[] { nameof(EligibilityCheck.Copay), nameof(EligibilityCheck.CoinsurancePercent), nameof(EligibilityCheck.Deductible),
                     nameof(EligibilityCheck.DeductibleRemaining), nameof(EligibilityCheck.OutOfPocketMax), nameof(EligibilityCheck.OutOfPocketRemaining) })
        {
            e.Property<decimal?>(p).HasPrecision(12, 2);
        }

        e.Ignore(x => x.Benefits);
        e.HasIndex(x => new { x.PracticeId, x.CoverageId, x.CheckedAt });
        e.HasIndex(x => new { x.PracticeId, x.AppointmentId });
    }

    public static void Clearance(EntityTypeBuilder<VisitClearance> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.UserId).HasMaxLength(80);
        e.Property(x => x.Role).HasMaxLength(24);
        e.HasIndex(x => new { x.PracticeId, x.AppointmentId });
    }
}
