using System.Collections.Concurrent;
using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Faults;

/// <summary>
/// Holds the faults in force per payer (from the data file, replaced at run time through the control endpoint) and
/// decides, per request, whether to misbehave. Draws come from one seeded generator so runs are repeatable.
/// </summary>
public sealed class FaultInjector
{
    private readonly ConcurrentDictionary<string, FaultSettings> _byPayer = new(StringComparer.OrdinalIgnoreCase);
    private readonly Random _random;
    private readonly Lock _gate = new();

    public FaultInjector(IEnumerable<PayerProfile> payers, int seed)
    {
        foreach (PayerProfile payer in payers)
        {
            _byPayer[payer.Id] = payer.Faults;
        }

        _random = new Random(seed);
    }

    public FaultSettings For(string? payerId) =>
        payerId is not null && _byPayer.TryGetValue(payerId, out FaultSettings? settings) ? settings : FaultSettings.None;

    public void Set(string payerId, FaultSettings settings) => _byPayer[payerId] = settings;

    public void ClearAll()
    {
        foreach (string id in _byPayer.Keys)
        {
            _byPayer[id] = FaultSettings.None;
        }
    }

    /// <summary>Decides the fault for one request; <paramref name="canBeMalformed"/> is false where no body is X12.</summary>
    public FaultKind Decide(string? payerId, bool canBeMalformed)
    {
        FaultSettings settings = For(payerId);
        if (settings.ServerErrorRate <= 0 && settings.TimeoutRate <= 0 && (!canBeMalformed || settings.MalformedRate <= 0))
        {
            return FaultKind.None;
        }

        double draw;
        lock (_gate)
        {
            draw = _random.NextDouble();
        }

        // One draw split into bands keeps the rates independent of each other's order of checking.
        if (draw < settings.ServerErrorRate)
        {
            return FaultKind.ServerError;
        }

        draw -= settings.ServerErrorRate;
        if (draw < settings.TimeoutRate)
        {
            return FaultKind.Timeout;
        }

        draw -= settings.TimeoutRate;
        return canBeMalformed && draw < settings.MalformedRate ? FaultKind.Malformed : FaultKind.None;
    }

    /// <summary>Waits the configured latency (real time: latency is about the wire, not the simulated calendar).</summary>
    public Task DelayAsync(string? payerId, CancellationToken cancellationToken)
    {
        int latency = For(payerId).LatencyMs;
        return latency > 0 ? Task.Delay(latency, cancellationToken) : Task.CompletedTask;
    }
}
