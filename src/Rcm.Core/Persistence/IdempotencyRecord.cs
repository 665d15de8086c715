namespace Rcm.Core.Persistence;

/// <summary>
/// A creating POST remembered by its <c>Idempotency-Key</c>: the request fingerprint and the response,
/// so a retry with the same body replays the same result and a different body is refused.
/// A row with <see cref="StatusCode"/> 0 is a request still in progress.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    public IdempotencyRecord(long practiceId, string key, string requestHash, DateTimeOffset at)
    {
        PracticeId = practiceId;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = at;
    }

    public long Id { get; private set; }
    public long PracticeId { get; private set; }
    public string Key { get; private set; } = "";
    public string RequestHash { get; private set; } = "";
    public int StatusCode { get; private set; }
    public string? Location { get; private set; }
    public string? ResponseJson { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void Complete(int statusCode, string? location, string? responseJson)
    {
        StatusCode = statusCode;
        Location = location;
        ResponseJson = responseJson;
    }
}
