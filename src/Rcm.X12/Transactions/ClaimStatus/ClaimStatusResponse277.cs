namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>
/// A 277 claim status response (005010X212) or claim acknowledgment (277CA, 005010X214): the HL tree of the 276
/// (the 277CA has 20 → 21 → 19 → PT patient), with STC statuses at every level, per claim and per line.
/// </summary>
public sealed record ClaimStatusResponse277 : X12Transaction
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string TransactionSetId => "277";

    public X12BeginningOfTransaction Header { get; set; } = new();

    /// <summary>True for the 277CA claim acknowledgment (X214).</summary>
    public bool IsClaimAcknowledgment => ImplementationReference.Contains("X214", StringComparison.Ordinal);

    /// <summary>Top HL levels with their children.</summary>
    public List<ClaimStatusLevel> Levels { get => field ??= []; set; }
}
