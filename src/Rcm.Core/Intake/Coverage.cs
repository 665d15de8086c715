using Rcm.Core.Shared;

namespace Rcm.Core.Intake;

/// <summary>
/// A patient's insurance coverage with one payer. <see cref="Order"/> is the coordination-of-benefits
/// position: 1 primary, 2 secondary, 3 tertiary (837 SBR01 P/S/T).
/// Eligibility results (Gate 1) will hang off this row.
/// </summary>
public sealed class Coverage : TenantEntity
{
    private Coverage() { }

    public Coverage(long practiceId, long patientId, CoverageTerms terms, DateTimeOffset at)
    {
        PatientId = patientId;
        Apply(terms);
        Created(practiceId, at, "coverage.created", $"order={terms.Order};planType={terms.PlanType}");
    }

    public long PatientId { get; private set; }
    public long PayerId { get; private set; }
    public string MemberId { get; private set; } = "";
    public string? GroupNumber { get; private set; }
    public PlanType PlanType { get; private set; }
    public SubscriberRelationship Relationship { get; private set; }
    public string? SubscriberFirstName { get; private set; }
    public string? SubscriberLastName { get; private set; }
    public DateOnly? SubscriberBirthDate { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public int Order { get; private set; }

    public bool IsActiveOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    public void Update(CoverageTerms terms, DateTimeOffset at)
    {
        Apply(terms);
        Record("coverage.updated", at, $"order={terms.Order};planType={terms.PlanType}");
    }

    /// <summary>Ends the coverage on <paramref name="lastDay"/>; refuses a day before it started.</summary>
    public void Terminate(DateOnly lastDay, DateTimeOffset at)
    {
        if (lastDay < EffectiveFrom) throw new InvalidTransitionException("coverage", "Coverage cannot end before it starts.");
        EffectiveTo = lastDay;
        Record("coverage.terminated", at);
    }

    private void Apply(CoverageTerms t)
    {
        if (t.Order is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(t), "Coordination-of-benefits order must be 1, 2 or 3.");
        if (t.EffectiveTo is { } end && end < t.EffectiveFrom) throw new ArgumentException("Coverage cannot end before it starts.", nameof(t));
        PayerId = t.PayerId;
        MemberId = t.MemberId;
        GroupNumber = t.GroupNumber;
        PlanType = t.PlanType;
        Relationship = t.Relationship;
        var self = t.Relationship == SubscriberRelationship.Self;
        SubscriberFirstName = self ? null : t.SubscriberFirstName;
        SubscriberLastName = self ? null : t.SubscriberLastName;
        SubscriberBirthDate = self ? null : t.SubscriberBirthDate;
        EffectiveFrom = t.EffectiveFrom;
        EffectiveTo = t.EffectiveTo;
        Order = t.Order;
    }
}
