namespace Rcm.X12.Transactions.Remittance;

/// <summary>
/// An 835 health care claim payment/advice (005010X221A1): the payment (BPR, TRN), the payer (1000A) and payee
/// (1000B), claims grouped under LX headers (2000 → 2100 → 2110), and PLB provider-level adjustments.
/// </summary>
public sealed record RemittanceTransaction835 : X12Transaction
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string TransactionSetId => "835";

    /// <summary>BPR.</summary>
    public RemittancePayment Payment { get; set; } = new();

    /// <summary>TRN: reassociation trace (TRN02 is the check or EFT trace number).</summary>
    public X12TraceNumber? Trace { get; set; }

    /// <summary>CUR02: currency, when not USD.</summary>
    public string? Currency { get; set; }

    /// <summary>REF in the header: <c>EV</c> receiver id, <c>F2</c> version.</summary>
    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>DTM 405 production date.</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>Loop 1000A (N1 PR).</summary>
    public X12Party Payer { get; set; } = new();

    /// <summary>Loop 1000B (N1 PE).</summary>
    public X12Party Payee { get; set; } = new();

    /// <summary>Loops 2000 (LX header number) with their 2100 claims.</summary>
    public List<RemittanceClaimGroup> ClaimGroups { get => field ??= []; set; }

    /// <summary>PLB segments.</summary>
    public List<ProviderAdjustment> ProviderAdjustments { get => field ??= []; set; }
}
