namespace Rcm.X12.Transactions.Eligibility;

/// <summary>Loop 2000B information receiver (HL03 = 21; the provider asking) with 2100B name and AAA.</summary>
public sealed record EligibilityReceiver
{
    /// <summary>Loop 2100B (NM1 1P, FA, 80…), with REF, N3/N4 and PRV.</summary>
    public X12Party Receiver { get; set; } = new();

    /// <summary>AAA in 2100B (e.g. <c>43</c> invalid provider id).</summary>
    public List<X12Rejection> Rejections { get => field ??= []; set; }

    /// <summary>Loops 2000C.</summary>
    public List<EligibilityMember> Subscribers { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
