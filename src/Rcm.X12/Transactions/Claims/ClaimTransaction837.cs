namespace Rcm.X12.Transactions.Claims;

/// <summary>
/// An 837 health care claim transaction, professional (005010X222A1) or institutional (005010X223A2): the header
/// (BHT, 1000A submitter, 1000B receiver) and the HL tree 2000A billing provider → 2000B subscriber → (2000C
/// patient) → 2300 claims.
/// </summary>
public sealed record ClaimTransaction837 : X12Transaction
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string TransactionSetId => "837";

    /// <summary><c>P</c> professional (X222) or <c>I</c> institutional (X223), from ST03/GS08.</summary>
    public string ClaimType { get; set; } = "P";

    public X12BeginningOfTransaction Header { get; set; } = new();

    /// <summary>Loop 1000A.</summary>
    public X12Party Submitter { get; set; } = new();

    /// <summary>Loop 1000B.</summary>
    public X12Party Receiver { get; set; } = new();

    /// <summary>Loops 2000A, in order.</summary>
    public List<ClaimBillingProvider> BillingProviders { get => field ??= []; set; }

    /// <summary>True for the institutional (837I) guide.</summary>
    public bool IsInstitutional => ClaimType == "I";
}
