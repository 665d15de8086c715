using Rcm.Core.Eligibility;
using Rcm.Core.Shared;

namespace Rcm.Core.Tests.Eligibility;

public sealed class RecheckPolicyTests
{
    private static readonly DateTimeOffset Visit = new(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    // checked at, now, window hours, fresh?
    [InlineData("2026-03-08T10:00Z", "2026-03-08T20:00Z", 24, true)]   // within the window, before the visit day
    [InlineData("2026-03-07T10:00Z", "2026-03-08T20:00Z", 24, false)]  // older than a day
    [InlineData("2026-03-08T10:00Z", "2026-03-08T20:00Z", 4, false)]   // Medicaid-like short window
    [InlineData("2026-03-09T23:00Z", "2026-03-10T08:00Z", 24, false)]  // visit day: yesterday's result is not enough
    [InlineData("2026-03-10T07:00Z", "2026-03-10T08:00Z", 24, true)]   // visit day: checked today
    [InlineData("2026-03-10T09:00Z", "2026-03-10T08:00Z", 24, true)]   // a result from a node slightly ahead
    public void Freshness_follows_the_window_and_the_visit_day(string checkedAt, string now, int hours, bool fresh) =>
        Assert.Equal(fresh, RecheckPolicy.IsFresh(DateTimeOffset.Parse(checkedAt), TimeSpan.FromHours(hours), Visit, DateTimeOffset.Parse(now)));

    [Fact]
    public void Payer_window_beats_plan_type_window_which_beats_the_default()
    {
        var o = new EligibilityOptions { PayerWindows = { ["MKT01"] = TimeSpan.FromHours(2) } };
        Assert.Equal(TimeSpan.FromHours(2), o.WindowFor("mkt01", PlanType.Commercial));
        Assert.Equal(TimeSpan.FromHours(4), o.WindowFor("SBX03", PlanType.Medicaid));
        Assert.Equal(TimeSpan.FromDays(1), o.WindowFor("SBX01", PlanType.Commercial));
    }
}
