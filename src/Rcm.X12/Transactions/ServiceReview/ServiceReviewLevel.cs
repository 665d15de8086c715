namespace Rcm.X12.Transactions.ServiceReview;

/// <summary>One HL level of a 278 with what the guide allows there: names, trace numbers, UM review, HCR decision, dates, diagnoses, service.</summary>
public sealed record ServiceReviewLevel
{
    /// <summary>HL03: <c>20</c> UMO, <c>21</c> requester, <c>22</c> subscriber, <c>23</c> dependent, <c>EV</c> patient event, <c>SS</c> service.</summary>
    public string LevelCode { get; set; } = string.Empty;

    /// <summary>TRN: patient event or service tracking numbers.</summary>
    public List<X12TraceNumber> TraceNumbers { get => field ??= []; set; }

    /// <summary>UM: what is asked for.</summary>
    public ServiceReviewRequest? Review { get; set; }

    /// <summary>HCR: the payer's certification decision (response).</summary>
    public ServiceReviewDecision? Decision { get; set; }

    /// <summary>REF: <c>BB</c> authorization number, <c>NT</c> administrative reference, <c>9F</c> referral number…</summary>
    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>DTP: <c>AAH</c> event date, <c>435</c> admission, <c>472</c> service, <c>096</c> discharge, <c>ABC</c>/<c>AAL</c> issue and expiration…</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>HI: diagnoses.</summary>
    public List<X12HealthCareCode> HealthCareCodes { get => field ??= []; set; }

    /// <summary>SV1 / SV2 / SV3 at the service level.</summary>
    public ServiceReviewService? Service { get; set; }

    /// <summary>AAA: why the request could not be answered.</summary>
    public List<X12Rejection> Rejections { get => field ??= []; set; }

    /// <summary>MSG free-form messages.</summary>
    public List<X12Note> Messages { get => field ??= []; set; }

    /// <summary>The name loops (2010x) of this level, in order: UMO, requester, subscriber, service providers…</summary>
    public List<X12Party> Parties { get => field ??= []; set; }

    public List<ServiceReviewLevel> Children { get => field ??= []; set; }

    /// <summary>Segments this model does not name (HSD, CL1, CR1–CR8, CRC, PWK…), in order.</summary>
    public List<X12RawSegment> Other { get => field ??= []; set; }
}
