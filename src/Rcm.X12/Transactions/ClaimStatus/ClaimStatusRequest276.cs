namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>
/// A 276 claim status request (005010X212): BHT and the HL tree 2000A source (20) → 2000B receiver (21) → 2000C
/// provider (19) → 2000D subscriber (22) → 2000E dependent (23), with 2200D/E claims to ask about.
/// </summary>
public sealed record ClaimStatusRequest276 : X12Transaction
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string TransactionSetId => "276";

    public X12BeginningOfTransaction Header { get; set; } = new();

    /// <summary>Top HL levels (normally one 2000A source each), with their children.</summary>
    public List<ClaimStatusLevel> Levels { get => field ??= []; set; }
}
