namespace Rcm.X12.Transactions.Claims;

/// <summary>
/// Loop 2000B subscriber hierarchical level (HL03 = 22): SBR, 2010BA subscriber and 2010BB payer, the claims when
/// the subscriber is the patient (SBR02 = 18), and the 2000C patients otherwise.
/// </summary>
public sealed record ClaimSubscriber
{
    public X12SubscriberInformation Information { get; set; } = new();

    /// <summary>PAT in 2000B (professional only): patient death date, weight, pregnancy indicator; kept as sent.</summary>
    public X12RawSegment? PatientInformation { get; set; }

    /// <summary>Loop 2010BA (NM1 IL) with DMG, address and REF.</summary>
    public X12Party Subscriber { get; set; } = new();

    /// <summary>Loop 2010BB (NM1 PR).</summary>
    public X12Party Payer { get; set; } = new();

    /// <summary>Loops 2300 under the subscriber level.</summary>
    public List<ClaimInformation> Claims { get => field ??= []; set; }

    /// <summary>Loops 2000C.</summary>
    public List<ClaimPatient> Patients { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
