namespace Rcm.Server.Tests.Eligibility;

/// <summary>A TimeProvider the test moves by hand (our side of the simulated calendar).</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
