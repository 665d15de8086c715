namespace Rcm.X12.Tests.Writing;

/// <summary>A clock stopped at one instant, for reproducible envelope dates.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
