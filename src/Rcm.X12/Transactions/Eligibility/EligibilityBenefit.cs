using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions.Eligibility;

/// <summary>Loop 2110C/D of a 271: one EB benefit with its HSD, REF, DTP, AAA, MSG, III and the 2120 related entities.</summary>
public sealed record EligibilityBenefit
{
    /// <summary>
    /// EB01: <c>1</c>–<c>5</c> active coverage, <c>6</c> inactive, <c>7</c> inactive pending eligibility update,
    /// <c>8</c> inactive pending investigation; <c>A</c> co-insurance, <c>B</c> co-payment, <c>C</c> deductible,
    /// <c>G</c> out of pocket (stop loss), <c>F</c> limitations, <c>I</c> non-covered, <c>L</c> primary care provider,
    /// <c>R</c> other or additional payor…
    /// </summary>
    public string InformationCode { get; set; } = string.Empty;

    /// <summary>EB02: coverage level (<c>IND</c> individual, <c>FAM</c> family, <c>EMP</c>, <c>ESP</c>…).</summary>
    public string? CoverageLevel { get; set; }

    /// <summary>EB03 (repeating): service type codes.</summary>
    public List<string> ServiceTypes { get => field ??= []; set; }

    /// <summary>EB04: insurance type (<c>HM</c> HMO, <c>PR</c> PPO, <c>MB</c> Medicare part B…).</summary>
    public string? InsuranceType { get; set; }

    /// <summary>EB05: plan coverage description.</summary>
    public string? PlanDescription { get; set; }

    /// <summary>EB06: time period qualifier (<c>23</c> calendar year, <c>27</c> visit, <c>29</c> remaining, <c>22</c> service year…).</summary>
    public string? TimePeriod { get; set; }

    /// <summary>EB07: monetary amount (copay, deductible, remaining…).</summary>
    public decimal? Amount { get; set; }

    /// <summary>EB08: percentage as a decimal (0.2 = 20 %).</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Percent { get; set; }

    /// <summary>EB09: quantity qualifier (<c>VS</c> visits, <c>DY</c> days…).</summary>
    public string? QuantityQualifier { get; set; }

    /// <summary>EB10.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Quantity { get; set; }

    /// <summary>EB11: authorization or certification required (<c>Y</c>/<c>N</c>/<c>U</c>).</summary>
    public string? AuthorizationRequired { get; set; }

    /// <summary>EB12: in plan network (<c>Y</c> in network, <c>N</c> out of network, <c>W</c> not applicable).</summary>
    public string? InPlanNetwork { get; set; }

    /// <summary>EB13: procedure the benefit is for.</summary>
    public X12Procedure? Procedure { get; set; }

    /// <summary>EB14: pointers (1–8) into the member's HI diagnoses.</summary>
    public List<string> DiagnosisPointers { get => field ??= []; set; }

    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>DTP in 2110: <c>292</c> benefit, <c>348</c> benefit begin, <c>349</c> benefit end…</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>AAA in 2110.</summary>
    public List<X12Rejection> Rejections { get => field ??= []; set; }

    /// <summary>MSG free-form messages.</summary>
    public List<X12Note> Messages { get => field ??= []; set; }

    /// <summary>Loops 2120C/D (between LS and LE): other payer, primary care provider, benefit-related entities.</summary>
    public List<X12Party> RelatedEntities { get => field ??= []; set; }

    /// <summary>Segments of 2110 this model does not name (HSD, III…), in order.</summary>
    public List<X12RawSegment> Other { get => field ??= []; set; }
}
