namespace Rcm.X12.Transactions.Remittance;

/// <summary>MIA: inpatient adjudication. The most used elements are named; the whole segment is kept in <see cref="Segment"/>.</summary>
public sealed record RemittanceInpatientAdjudication
{
    /// <summary>MIA01: covered days or visits.</summary>
    public decimal? CoveredDays { get; set; }

    /// <summary>MIA04: DRG amount.</summary>
    public decimal? DrgAmount { get; set; }

    /// <summary>MIA05, MIA20–MIA23: remark codes.</summary>
    public List<string> RemarkCodes { get => field ??= []; set; }

    /// <summary>The MIA as sent (all 24 elements).</summary>
    public X12RawSegment Segment { get; set; } = new("MIA", []);
}
