namespace Rcm.X12.Transactions.Claims;

/// <summary>Loop 2300 claim information: CLM and everything about the claim up to its service lines.</summary>
public sealed record ClaimInformation
{
    /// <summary>CLM01: patient control number (the provider's claim id).</summary>
    public string PatientControlNumber { get; set; } = string.Empty;

    /// <summary>CLM02: total claim charge.</summary>
    public decimal TotalCharge { get; set; }

    /// <summary>CLM05-1: place of service (837P) or facility type code (837I, first two digits of the bill type).</summary>
    public string? FacilityCode { get; set; }

    /// <summary>CLM05-2: <c>B</c> place of service (837P) or <c>A</c> uniform billing claim form bill type (837I).</summary>
    public string? FacilityCodeQualifier { get; set; }

    /// <summary>CLM05-3: claim frequency, <c>1</c> original, <c>7</c> replacement of prior claim, <c>8</c> void.</summary>
    public string? FrequencyCode { get; set; }

    /// <summary>CLM06: provider signature on file (837P).</summary>
    public string? ProviderSignature { get; set; }

    /// <summary>CLM07: assignment or plan participation.</summary>
    public string? AssignmentParticipation { get; set; }

    /// <summary>CLM08: benefits assignment certification.</summary>
    public string? BenefitsAssignment { get; set; }

    /// <summary>CLM09: release of information.</summary>
    public string? ReleaseOfInformation { get; set; }

    /// <summary>CLM10: patient signature source (837P).</summary>
    public string? PatientSignatureSource { get; set; }

    /// <summary>CLM11-1..3: related causes (<c>AA</c> auto accident, <c>EM</c> employment, <c>OA</c> other accident).</summary>
    public List<string> RelatedCauses { get => field ??= []; set; }

    /// <summary>CLM11-4: state of the auto accident.</summary>
    public string? AccidentState { get; set; }

    /// <summary>CLM11-5: country of the accident.</summary>
    public string? AccidentCountry { get; set; }

    /// <summary>CLM12: special program.</summary>
    public string? SpecialProgram { get; set; }

    /// <summary>CLM20: delay reason.</summary>
    public string? DelayReason { get; set; }

    /// <summary>DTP in 2300 (431 onset, 454 initial treatment, 435 admission, 096 discharge, 434 statement dates…).</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>CL1 (837I).</summary>
    public ClaimInstitutionalInformation? Institutional { get; set; }

    /// <summary>PWK segments.</summary>
    public List<ClaimAttachment> Attachments { get => field ??= []; set; }

    /// <summary>AMT in 2300 (F5 patient amount paid).</summary>
    public List<X12Amount> Amounts { get => field ??= []; set; }

    /// <summary>REF in 2300: <c>G1</c> prior authorization, <c>9F</c> referral, <c>F8</c> payer claim control number of the original claim, <c>D9</c> clearinghouse trace, <c>EA</c> medical record.</summary>
    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>NTE in 2300.</summary>
    public List<X12Note> Notes { get => field ??= []; set; }

    /// <summary>HI composites in order: diagnoses first (ABK principal, ABF others; 837I also ABJ, APR, ABN), then procedures, occurrence, value and condition codes.</summary>
    public List<X12HealthCareCode> HealthCareCodes { get => field ??= []; set; }

    /// <summary>
    /// Loops 2310A–F: referring (DN/P3), rendering (82), service facility (77), supervising (DQ), ambulance pick-up
    /// (PW) and drop-off (45) in the 837P; attending (71), operating (72), other operating (ZZ) in the 837I.
    /// </summary>
    public List<X12Party> Providers { get => field ??= []; set; }

    /// <summary>Loops 2320 (other subscriber information, for coordination of benefits).</summary>
    public List<ClaimOtherSubscriber> OtherSubscribers { get => field ??= []; set; }

    /// <summary>Loops 2400.</summary>
    public List<ClaimServiceLine> ServiceLines { get => field ??= []; set; }

    /// <summary>Segments of 2300 this model does not name (CN1, K3, CR1, CR2, CRC, HCP…), in order.</summary>
    public List<X12RawSegment> Other { get => field ??= []; set; }
}
