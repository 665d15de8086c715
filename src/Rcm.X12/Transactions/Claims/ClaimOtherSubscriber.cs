namespace Rcm.X12.Transactions.Claims;

/// <summary>Loop 2320 other subscriber information with its 2330A–I name loops: what another payer did with the claim.</summary>
public sealed record ClaimOtherSubscriber
{
    public X12SubscriberInformation Information { get; set; } = new();

    /// <summary>CAS in 2320: claim-level adjustments by the other payer.</summary>
    public List<X12Adjustment> Adjustments { get => field ??= []; set; }

    /// <summary>AMT in 2320: <c>D</c> payer paid amount, <c>A8</c> non-covered, <c>EAF</c> remaining patient liability.</summary>
    public List<X12Amount> Amounts { get => field ??= []; set; }

    /// <summary>OI03: benefits assignment certification.</summary>
    public string? BenefitsAssignment { get; set; }

    /// <summary>OI06: release of information.</summary>
    public string? ReleaseOfInformation { get; set; }

    /// <summary>OI04: patient signature source (837P).</summary>
    public string? PatientSignatureSource { get; set; }

    /// <summary>MOA in 2320.</summary>
    public X12OutpatientAdjudication? OutpatientAdjudication { get; set; }

    /// <summary>Loop 2330A (NM1 IL).</summary>
    public X12Party? Subscriber { get; set; }

    /// <summary>Loop 2330B (NM1 PR), with DTP 573 and its REF.</summary>
    public X12Party? Payer { get; set; }

    /// <summary>Loops 2330C–I: the other payer's referring, rendering, facility, supervising and billing providers.</summary>
    public List<X12Party> OtherPayerProviders { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
