namespace Rcm.X12.Transactions.Remittance;

/// <summary>Loop 2000 header number: LX01 and the claims under it (TS3/TS2 provider summaries are kept in <see cref="Other"/>).</summary>
public sealed record RemittanceClaimGroup
{
    /// <summary>LX01.</summary>
    public string? HeaderNumber { get; set; }

    /// <summary>Loops 2100.</summary>
    public List<RemittanceClaim> Claims { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
