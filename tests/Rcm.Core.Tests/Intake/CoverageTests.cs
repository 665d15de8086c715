using Rcm.Core.Intake;
using Rcm.Core.Shared;

namespace Rcm.Core.Tests.Intake;

/// <summary>Coverage terms: dates, coordination-of-benefits order, subscriber fields.</summary>
public sealed class CoverageTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static CoverageTerms Terms(SubscriberRelationship rel = SubscriberRelationship.Self, int order = 1, DateOnly? to = null) =>
        new(5, "M1", null, PlanType.Commercial, rel, "Sub", "Scriber", new DateOnly(1980, 1, 1), new DateOnly(2026, 1, 1), to, order);

    [Fact]
    public void Self_coverage_keeps_no_subscriber_fields()
    {
        var c = new Coverage(1, 2, Terms(), At);
        Assert.Null(c.SubscriberFirstName);
        Assert.Null(c.SubscriberBirthDate);
    }

    [Fact]
    public void Child_coverage_keeps_the_subscriber() =>
        Assert.Equal("Scriber", new Coverage(1, 2, Terms(SubscriberRelationship.Child), At).SubscriberLastName);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Refuses_an_order_outside_1_to_3(int order) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Coverage(1, 2, Terms(order: order), At));

    [Fact]
    public void Refuses_to_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new Coverage(1, 2, Terms(to: new DateOnly(2025, 12, 31)), At));
        Assert.Throws<InvalidTransitionException>(() => new Coverage(1, 2, Terms(), At).Terminate(new DateOnly(2025, 6, 1), At));
    }

    [Fact]
    public void Is_active_between_its_dates()
    {
        var c = new Coverage(1, 2, Terms(to: new DateOnly(2026, 6, 30)), At);
        Assert.True(c.IsActiveOn(new DateOnly(2026, 6, 30)));
        Assert.False(c.IsActiveOn(new DateOnly(2026, 7, 1)));
        Assert.False(c.IsActiveOn(new DateOnly(2025, 12, 31)));
    }
}
