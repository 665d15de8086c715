using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions.Claims;

/// <summary>Loop 2400 service line: LX and SV1 (837P) or SV2 (837I) with the line's dates, references and providers.</summary>
public sealed record ClaimServiceLine
{
    /// <summary>LX01.</summary>
    public int LineNumber { get; set; }

    /// <summary>SV201: revenue code (837I).</summary>
    public string? RevenueCode { get; set; }

    /// <summary>SV101 / SV202: procedure with up to four modifiers.</summary>
    public X12Procedure? Procedure { get; set; }

    /// <summary>SV102 / SV203: line charge.</summary>
    public decimal Charge { get; set; }

    /// <summary>SV103 / SV204: <c>UN</c> units, <c>MJ</c> minutes, <c>DA</c> days.</summary>
    public string? UnitBasis { get; set; }

    /// <summary>SV104 / SV205: service unit count.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Units { get; set; }

    /// <summary>SV105: place of service, when it differs from CLM05-1 (837P).</summary>
    public string? PlaceOfService { get; set; }

    /// <summary>SV107-1..4: 1-based pointers into the claim's diagnoses (837P).</summary>
    public List<int> DiagnosisPointers { get => field ??= []; set; }

    /// <summary>SV109: emergency indicator (837P).</summary>
    public string? Emergency { get; set; }

    /// <summary>SV111: EPSDT indicator (837P).</summary>
    public string? Epsdt { get; set; }

    /// <summary>SV112: family planning indicator (837P).</summary>
    public string? FamilyPlanning { get; set; }

    /// <summary>SV115: co-pay status (<c>0</c> exempt, 837P).</summary>
    public string? CopayStatus { get; set; }

    /// <summary>SV207: non-covered charge (837I).</summary>
    public decimal? NonCoveredCharge { get; set; }

    /// <summary>DTP in 2400: <c>472</c> service date, and others.</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>REF in 2400: <c>6R</c> line item control number, <c>G1</c> prior authorization…</summary>
    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>AMT in 2400.</summary>
    public List<X12Amount> Amounts { get => field ??= []; set; }

    /// <summary>NTE in 2400.</summary>
    public List<X12Note> Notes { get => field ??= []; set; }

    /// <summary>Loop 2410 drug identification.</summary>
    public ClaimDrugIdentification? Drug { get; set; }

    /// <summary>Loops 2420A–H: line-level rendering, facility, supervising, ordering, referring providers.</summary>
    public List<X12Party> Providers { get => field ??= []; set; }

    /// <summary>Loops 2430: how other payers adjudicated this line (COB).</summary>
    public List<ClaimLineAdjudication> Adjudications { get => field ??= []; set; }

    /// <summary>Segments of 2400 this model does not name (PWK, CR1, CRC, QTY, MEA, K3, PS1, HCP…), in order.</summary>
    public List<X12RawSegment> Other { get => field ??= []; set; }
}
