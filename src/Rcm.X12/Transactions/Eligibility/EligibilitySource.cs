namespace Rcm.X12.Transactions.Eligibility;

/// <summary>Loop 2000A information source (HL03 = 20; the payer) with 2100A name and AAA.</summary>
public sealed record EligibilitySource
{
    /// <summary>Loop 2100A (NM1 PR or 2B…).</summary>
    public X12Party Source { get; set; } = new();

    /// <summary>AAA in 2000A/2100A: the source could not answer (e.g. <c>42</c> unable to respond now).</summary>
    public List<X12Rejection> Rejections { get => field ??= []; set; }

    /// <summary>Loops 2000B.</summary>
    public List<EligibilityReceiver> Receivers { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
