namespace Rcm.Core.Tests.Validation;

/// <summary>A clock stopped at one instant, so timely-filing and future-date edits are reproducible.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static FixedTimeProvider On(DateOnly date) => new(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
