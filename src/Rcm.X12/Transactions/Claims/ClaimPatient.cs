namespace Rcm.X12.Transactions.Claims;

/// <summary>Loop 2000C patient hierarchical level (HL03 = 23): PAT, 2010CA patient name and the patient's claims.</summary>
public sealed record ClaimPatient
{
    /// <summary>PAT01: individual relationship code to the subscriber (e.g. <c>19</c> child, <c>01</c> spouse).</summary>
    public string? Relationship { get; set; }

    /// <summary>PAT elements after PAT01 (death date, weight, pregnancy), kept as sent.</summary>
    public X12RawSegment? PatientInformation { get; set; }

    /// <summary>Loop 2010CA (NM1 QC).</summary>
    public X12Party Patient { get; set; } = new();

    public List<ClaimInformation> Claims { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
