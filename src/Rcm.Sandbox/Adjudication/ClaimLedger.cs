namespace Rcm.Sandbox.Adjudication;

/// <summary>Every claim the sandbox payers received in this run, by payer claim control number.</summary>
public sealed class ClaimLedger
{
    private readonly List<ClaimRecord> _records = [];
    private readonly Lock _gate = new();
    private int _sequence;

    /// <summary>The lock adjudication and the portal take while they read or change records.</summary>
    public Lock Gate => _gate;

    /// <summary>A new payer claim control number: payer id, received date, sequence (like real ICNs, readable).</summary>
    public string NextControlNumber(string payerId, DateTimeOffset receivedAt)
    {
        int n = Interlocked.Increment(ref _sequence);
        return $"{payerId[^2..]}{receivedAt:yyMMdd}{n:D6}";
    }

    public void Add(ClaimRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
    }

    public IReadOnlyList<ClaimRecord> Snapshot()
    {
        lock (_gate)
        {
            return [.. _records];
        }
    }

    public ClaimRecord? Find(string controlNumber)
    {
        lock (_gate)
        {
            return _records.FirstOrDefault(r => string.Equals(r.ControlNumber, controlNumber.Trim(), StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The latest record for a provider's claim id (CLM01) at a payer.</summary>
    public ClaimRecord? FindByClaimId(string payerId, string claimId)
    {
        lock (_gate)
        {
            return _records.LastOrDefault(r =>
                string.Equals(r.PayerId, payerId, StringComparison.OrdinalIgnoreCase)
                && string.Equals(r.Claim.ClaimId, claimId.Trim(), StringComparison.OrdinalIgnoreCase));
        }
    }
}
