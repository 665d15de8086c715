namespace Rcm.X12.Transactions.Eligibility;

/// <summary>Loop 2110C/D of a 270: EQ (what is asked) with AMT, REF and DTP.</summary>
public sealed record EligibilityInquiryItem
{
    /// <summary>EQ01 (repeating): service type codes, e.g. <c>30</c> health benefit plan coverage, <c>98</c> office visit.</summary>
    public List<string> ServiceTypes { get => field ??= []; set; }

    /// <summary>EQ02: a procedure to ask about instead of a service type.</summary>
    public X12Procedure? Procedure { get; set; }

    /// <summary>EQ03: coverage level (<c>FAM</c>, <c>IND</c>…).</summary>
    public string? CoverageLevel { get; set; }

    /// <summary>EQ05: diagnosis code pointers into the member's HI.</summary>
    public List<string> DiagnosisPointers { get => field ??= []; set; }

    public List<X12Amount> Amounts { get => field ??= []; set; }

    public List<X12Reference> References { get => field ??= []; set; }

    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>Segments of 2110 this model does not name (III…).</summary>
    public List<X12RawSegment> Other { get => field ??= []; set; }
}
