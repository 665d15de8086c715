namespace Rcm.X12.Transactions.Eligibility;

/// <summary>A 270 eligibility, coverage or benefit inquiry (005010X279A1): BHT and the HL tree 2000A source → 2000B receiver → 2000C subscriber → 2000D dependent.</summary>
public sealed record EligibilityInquiry270 : X12Transaction
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string TransactionSetId => "270";

    public X12BeginningOfTransaction Header { get; set; } = new();

    /// <summary>Loops 2000A.</summary>
    public List<EligibilitySource> Sources { get => field ??= []; set; }
}
