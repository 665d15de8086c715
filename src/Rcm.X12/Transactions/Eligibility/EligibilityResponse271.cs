namespace Rcm.X12.Transactions.Eligibility;

/// <summary>A 271 eligibility, coverage or benefit information response (005010X279A1): the same HL tree as the 270, with EB benefits and AAA rejections.</summary>
public sealed record EligibilityResponse271 : X12Transaction
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string TransactionSetId => "271";

    public X12BeginningOfTransaction Header { get; set; } = new();

    /// <summary>Loops 2000A.</summary>
    public List<EligibilitySource> Sources { get => field ??= []; set; }
}
