namespace Rcm.X12.Transactions.ServiceReview;

/// <summary>
/// A 278 health care services review, request or response (005010X217): BHT and the HL tree 2000A UMO (20) →
/// 2000B requester (21) → 2000C subscriber (22) → 2000D dependent (23) → 2000E patient event (EV) → 2000F service (SS).
/// </summary>
public sealed record ServiceReview278 : X12Transaction
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string TransactionSetId => "278";

    public X12BeginningOfTransaction Header { get; set; } = new();

    /// <summary>BHT02 = 11: a response; 13: a request.</summary>
    public bool IsResponse => Header.Purpose == "11";

    /// <summary>Top HL levels with their children.</summary>
    public List<ServiceReviewLevel> Levels { get => field ??= []; set; }
}
