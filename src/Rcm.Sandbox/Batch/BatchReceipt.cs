namespace Rcm.Sandbox.Batch;

/// <summary>What the clearinghouse answered to one uploaded 837 file.</summary>
public sealed record BatchReceipt
{
    public required string BatchId { get; init; }

    public int TransactionSets { get; init; }

    public int ClaimsAccepted { get; init; }

    public int ClaimsRejected { get; init; }

    /// <summary>Payer claim control numbers (ICNs) given to accepted claims, by CLM01.</summary>
    public IReadOnlyDictionary<string, string> ControlNumbers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Set when the file could not be read at all (no 999 possible).</summary>
    public string? Error { get; init; }
}
