namespace Rcm.Sandbox.Faults;

/// <summary>
/// Faults one payer injects. Rates are probabilities from 0 to 1 drawn per request from the sandbox's seeded random
/// source, so a run with the same seed and the same requests misbehaves the same way; 1 means every request.
/// </summary>
public sealed record FaultSettings
{
    /// <summary>Added delay on every real-time, batch and portal response of this payer.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Share of requests answered with HTTP 503 (or 500 for portal pages).</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Share of requests that never answer: the server holds the request for <see cref="TimeoutSeconds"/>
    /// and then aborts the connection.</summary>
    public double TimeoutRate { get; init; }

    public int TimeoutSeconds { get; init; } = 120;

    /// <summary>Share of real-time responses cut short mid-segment (broken X12 with a 200 status).</summary>
    public double MalformedRate { get; init; }

    /// <summary>When true, every 835 for this payer is delivered twice (same content, same check number).</summary>
    public bool Duplicate835 { get; init; }

    public static FaultSettings None { get; } = new();
}
