namespace Rcm.Sandbox.Payers;

/// <summary>
/// A benefit plan: the cost-sharing a 271 reports and adjudication applies. Amounts are per calendar year for one
/// member (individual tier); the sandbox does not model family accumulators.
/// </summary>
public sealed record PlanDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Group or plan number reported in 271 REF*6P / REF*18.</summary>
    public string GroupNumber { get; init; } = string.Empty;

    /// <summary>Office-visit copay (PR-3), applied once per claim on evaluation-and-management lines.</summary>
    public decimal Copay { get; init; }

    /// <summary>Coinsurance after the deductible as a fraction, e.g. 0.2 (PR-2).</summary>
    public decimal Coinsurance { get; init; }

    /// <summary>Annual deductible (PR-1).</summary>
    public decimal Deductible { get; init; }

    /// <summary>Annual out-of-pocket maximum; patient responsibility stops there.</summary>
    public decimal OutOfPocketMax { get; init; }
}
