namespace Rcm.Payers.RealTime;

/// <summary>
/// Retry and timeout settings for real-time X12 (CAQH CORE connectivity expects an answer within 20 s; a front
/// desk waits far less, so attempts are short and few).
/// </summary>
public sealed record RealTimeOptions
{
    /// <summary>Time allowed for one attempt before it is abandoned.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Retries after the first attempt (timeouts, 5xx, 429, dropped connections).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First back-off delay; doubled per retry with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
