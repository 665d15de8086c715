using Rcm.Core.Eligibility;
using Rcm.Payers.RealTime;

namespace Rcm.Server.Tests.Eligibility;

/// <summary>Real-time 270/271 through the HTTP payer connection against the in-process sandbox, one scenario member each (docs/sandbox.md).</summary>
public sealed class RealTimeCheckTests : IClassFixture<SandboxPayer>
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private readonly SandboxPayer _sandbox;

    public RealTimeCheckTests(SandboxPayer sandbox) => _sandbox = sandbox;

    private Task<EligibilityOutcome> Check(string payer, string member, string first, string last, string dob, DateOnly? date = null, string st = "30",
        EligibilityPerson? dependent = null, RealTimeOptions? options = null) =>
        _sandbox.Checker(new ManualClock(SandboxPayer.ClockStart), options).CheckAsync(new PayerEndpoint(_sandbox.RealTimeUrl, payer),
            new EligibilityInquiry(payer, member, first, last, DateOnly.Parse(dob), date ?? Today, st) { Dependent = dependent }, CancellationToken.None);

    [Fact]
    public async Task Active_member_reads_plan_dates_and_visit_benefits()
    {
        var o = await Check("SBX01", "SCH900000001", "Jordan", "Whitfield", "1962-06-12");
        Assert.Equal(EligibilityStatus.Active, o.Status);
        Assert.Equal(new DateOnly(2025, 1, 1), o.PlanBegin);
        Assert.Null(o.PlanEnd);
        Assert.Equal(30m, o.Benefits.Copay);
        Assert.Equal(1500m, o.Benefits.Deductible);
        Assert.NotNull(o.Benefits.DeductibleRemaining);
        Assert.NotNull(o.Benefits.OutOfPocketRemaining);
        Assert.Null(o.OtherPayer);
        Assert.StartsWith("ISA", o.Raw271);
        Assert.Contains("EB*1", o.Raw271);
    }

    [Fact]
    public async Task Terminated_member_is_inactive_with_the_end_date()
    {
        var o = await Check("SBX01", "SCH900000002", "Riley", "Okafor", "1969-11-23");
        Assert.Equal(EligibilityStatus.Inactive, o.Status);
        Assert.Equal(new DateOnly(2026, 1, 31), o.PlanEnd);
        Assert.Contains("ended 2026-01-31", o.Summary);
    }

    [Fact]
    public async Task Member_terminating_mid_month_is_active_today_and_inactive_for_a_later_visit()
    {
        var now = await Check("SBX01", "SCH900000003", "Morgan", "Lindqvist", "1976-04-06");
        Assert.Equal(EligibilityStatus.Active, now.Status);
        Assert.Equal(new DateOnly(2026, 3, 15), now.PlanEnd);
        var later = await Check("SBX01", "SCH900000003", "Morgan", "Lindqvist", "1976-04-06", new DateOnly(2026, 3, 20));
        Assert.Equal(EligibilityStatus.Inactive, later.Status);
    }

    [Theory]
    [InlineData("SCH999999999", "Jordan", "Whitfield", "1962-06-12", "75", "Member id not found: check the card")]
    [InlineData("SCH900000001", "Jordan", "Whitfield", "1962-06-13", "71", "Birth date does not match")]
    [InlineData("SCH900000001", "Jordan", "Whitfeld", "1962-06-12", "73", "Name does not match")]
    public async Task Rejections_come_back_in_plain_words_with_a_fix(string member, string first, string last, string dob, string code, string words)
    {
        var o = await Check("SBX01", member, first, last, dob);
        Assert.Equal(EligibilityStatus.Rejected, o.Status);
        Assert.Equal(code, o.Rejection!.Code);
        Assert.StartsWith(words, o.Summary);
        Assert.False(string.IsNullOrWhiteSpace(o.Rejection.Fix));
    }

    [Fact]
    public async Task Unknown_payer_is_rejected_as_not_recognized()
    {
        var o = await Check("NOPE1", "X1", "A", "B", "1970-01-01");
        Assert.Equal(EligibilityStatus.Rejected, o.Status);
        Assert.Equal("79", o.Rejection!.Code);
    }

    [Fact]
    public async Task Other_payer_primary_is_named()
    {
        var o = await Check("SBX02", "2KD3HA0TE04", "Quinn", "Castellano", "1953-09-17");
        Assert.Equal(EligibilityStatus.Active, o.Status);
        Assert.NotNull(o.OtherPayer);
        Assert.True(o.OtherPayer!.IsPrimary);
        Assert.False(string.IsNullOrEmpty(o.OtherPayer.PayerCode));
        Assert.Contains("is primary", o.Summary);
    }

    [Fact]
    public async Task Carve_out_is_reported_for_behavioural_health_only()
    {
        var medical = await Check("SBX01", "SCH900000001", "Jordan", "Whitfield", "1962-06-12");
        Assert.Null(medical.OtherPayer);
        var mh = await Check("SBX01", "SCH900000001", "Jordan", "Whitfield", "1962-06-12", st: "MH");
        Assert.Equal("SBX04", mh.OtherPayer?.PayerCode);
        Assert.False(mh.OtherPayer!.IsPrimary);
    }
}
