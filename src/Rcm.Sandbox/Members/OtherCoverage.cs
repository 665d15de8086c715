namespace Rcm.Sandbox.Members;

/// <summary>
/// Coverage a member holds with another payer (coordination of benefits). When <see cref="IsPrimary"/> the other payer
/// pays first: a 271 names it (EB*R with a 2120C NM1*PR) and a claim without the primary's adjudication denies CO-22.
/// </summary>
public sealed record OtherCoverage
{
    public required string PayerName { get; init; }

    public required string PayerId { get; init; }

    public required string MemberId { get; init; }

    public bool IsPrimary { get; init; } = true;

    public DateOnly? Effective { get; init; }
}
