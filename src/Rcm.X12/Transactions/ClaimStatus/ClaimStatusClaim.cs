namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>Loop 2200D/E: one claim asked about or reported on: TRN, STC, REF (<c>1K</c> payer claim control number, <c>EJ</c> patient account, <c>BLT</c> bill type, <c>EA</c> medical record), AMT, DTP and service lines.</summary>
public sealed record ClaimStatusClaim
{
    /// <summary>TRN: the claim's trace (TRN02 the inquirer's or submitter's trace number).</summary>
    public X12TraceNumber? Trace { get; set; }

    /// <summary>STC segments for the claim.</summary>
    public List<ClaimStatusInformation> Statuses { get => field ??= []; set; }

    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>AMT: <c>T3</c> total claim charge (276).</summary>
    public List<X12Amount> Amounts { get => field ??= []; set; }

    /// <summary>DTP: <c>472</c> service dates, <c>050</c> received (277CA).</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>Loops 2210D/E.</summary>
    public List<ClaimStatusServiceLine> ServiceLines { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }

    /// <summary>The payer's claim control number (REF 1K), when sent.</summary>
    public string? PayerClaimControlNumber => References.Find(r => r.Qualifier == "1K")?.Value;
}
