namespace Rcm.Sandbox.Clock;

/// <summary>
/// The sandbox's calendar: real time plus an offset that tests and demos set or advance over HTTP, so a month of plan
/// terminations, adjudication delays and session expiry can pass in seconds. When frozen, time stands still between
/// explicit moves, which makes tests exact.
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public SimulatedClock(TimeProvider real, DateTimeOffset start, bool frozen)
    {
        _real = real;
        _offset = start - real.GetUtcNow();
        _frozenAt = frozen ? start : null;
    }

    /// <summary>Raised after every <see cref="Set"/> or <see cref="Advance"/>, with the new time.</summary>
    public event Action<DateTimeOffset>? Moved;

    public bool IsFrozen
    {
        get
        {
            lock (_gate)
            {
                return _frozenAt is not null;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozenAt ?? _real.GetUtcNow() + _offset;
        }
    }

    /// <summary>Today on the simulated calendar (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);

    public void Set(DateTimeOffset now, bool? frozen = null)
    {
        lock (_gate)
        {
            _offset = now - _real.GetUtcNow();
            bool freeze = frozen ?? _frozenAt is not null;
            _frozenAt = freeze ? now : null;
        }

        Moved?.Invoke(now);
    }

    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The simulated clock only moves forward; use Set to go back.");
        }

        DateTimeOffset now;
        lock (_gate)
        {
            _offset += by;
            if (_frozenAt is not null)
            {
                _frozenAt += by;
            }

            now = _frozenAt ?? _real.GetUtcNow() + _offset;
        }

        Moved?.Invoke(now);
        return now;
    }
}
