namespace Rcm.X12.Transactions.Eligibility;

/// <summary>
/// Loop 2000C subscriber (HL03 = 22) or 2000D dependent (HL03 = 23): trace numbers, the 2100C/D name loop with
/// demographics and plan dates (DTP 291 plan, 346 plan begin, 347 plan end, 356 eligibility begin, 357 eligibility
/// end in <c>Member.Dates</c>), and the 2110C/D inquiries (270) or benefits (271).
/// </summary>
public sealed record EligibilityMember
{
    /// <summary>HL03: <c>22</c> subscriber or <c>23</c> dependent.</summary>
    public string LevelCode { get; set; } = "22";

    /// <summary>TRN: the inquirer's trace (TRN01 1) and, in a 271, the payer's (TRN01 2).</summary>
    public List<X12TraceNumber> TraceNumbers { get => field ??= []; set; }

    /// <summary>Loop 2100C/D (NM1 IL or 03) with REF, N3/N4, PRV, DMG and DTP.</summary>
    public X12Party Member { get; set; } = new();

    /// <summary>AAA in 2100C/D: e.g. <c>72</c> invalid member id, <c>73</c> invalid name, <c>75</c> subscriber not found.</summary>
    public List<X12Rejection> Rejections { get => field ??= []; set; }

    /// <summary>INS01: <c>Y</c> the member is the subscriber, <c>N</c> a dependent.</summary>
    public string? InsuredIndicator { get; set; }

    /// <summary>INS02: individual relationship code (<c>18</c> self, <c>01</c> spouse, <c>19</c> child…).</summary>
    public string? RelationshipCode { get; set; }

    /// <summary>INS03/INS04: maintenance type and reason (<c>001</c>/<c>25</c> when the payer changed the member's data).</summary>
    public string? MaintenanceTypeCode { get; set; }

    public string? MaintenanceReasonCode { get; set; }

    /// <summary>INS17: birth sequence number (twins).</summary>
    public string? BirthSequence { get; set; }

    /// <summary>HI in 2100C/D: diagnoses the inquiry is about.</summary>
    public List<X12HealthCareCode> HealthCareCodes { get => field ??= []; set; }

    /// <summary>Loops 2110C/D of a 270: what is asked.</summary>
    public List<EligibilityInquiryItem> Inquiries { get => field ??= []; set; }

    /// <summary>Loops 2110C/D of a 271: the benefits.</summary>
    public List<EligibilityBenefit> Benefits { get => field ??= []; set; }

    /// <summary>Loops 2000D under a subscriber.</summary>
    public List<EligibilityMember> Dependents { get => field ??= []; set; }

    /// <summary>Segments of 2000C/D and 2100C/D this model does not name (MPI…).</summary>
    public List<X12RawSegment> Other { get => field ??= []; set; }
}
