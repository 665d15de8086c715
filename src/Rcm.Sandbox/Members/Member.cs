namespace Rcm.Sandbox.Members;

/// <summary>
/// One covered person at one payer. For a dependent, <see cref="Subscriber"/> is the person the coverage belongs to and
/// the member id is the subscriber's (the dependent is found by name and birth date under it, as payers do).
/// </summary>
public sealed record Member
{
    public required string PayerId { get; init; }

    public required string MemberId { get; init; }

    public required Person Person { get; init; }

    public required string PlanId { get; init; }

    public required DateOnly Effective { get; init; }

    /// <summary>Last covered day; null while coverage is open.</summary>
    public DateOnly? Terminated { get; init; }

    /// <summary>The scenario label for fixed test members (<c>active</c>, <c>terminated</c>, ...); null for generated ones.</summary>
    public string? Scenario { get; init; }

    /// <summary>The subscriber when this member is a dependent; null when the member is the subscriber.</summary>
    public Person? Subscriber { get; init; }

    /// <summary>INS02/PAT01 relationship to the subscriber: 18 self, 01 spouse, 19 child.</summary>
    public string Relationship { get; init; } = "18";

    public OtherCoverage? OtherCoverage { get; init; }

    /// <summary>Deductible already met this year when the sandbox starts.</summary>
    public decimal DeductibleMet { get; init; }

    /// <summary>Out-of-pocket already met this year when the sandbox starts.</summary>
    public decimal OutOfPocketMet { get; init; }

    /// <summary>Every service for this member needs an approved authorization (care-management programme).</summary>
    public bool AuthRequiredForAll { get; init; }

    /// <summary>Claims for this member sit in medical review for the payer's PendingLongDays.</summary>
    public bool PendsLong { get; init; }

    /// <summary>Every line must carry at least one modifier from the payer's rules (strict modifier edit).</summary>
    public bool StrictModifiers { get; init; }

    public IReadOnlyList<AuthorizationCase> Authorizations { get; init; } = [];

    /// <summary>A short note for people reading the scenario list (no PHI: all data is synthetic).</summary>
    public string? Note { get; init; }

    public bool IsDependent => Subscriber is not null;

    public bool IsCoveredOn(DateOnly day) => day >= Effective && (Terminated is null || day <= Terminated);
}
