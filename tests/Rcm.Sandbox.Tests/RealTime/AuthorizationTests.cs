using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.RealTime;

/// <summary>278 request → 278 response: certified, pended, not certified, on-file cases, unknown member.</summary>
public sealed class AuthorizationTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public AuthorizationTests(SandboxFixture fixture) => _fixture = fixture;

    private async Task<EdiDocument> RequestAsync(Member m, string procedure, DateOnly from) =>
        await RealTimeClient.PostAsync(
            _fixture.Http, X12Requests.Authorization(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, m.Person.BirthDate, procedure, from, from.AddDays(60)), "278 response");

    [Fact]
    public async Task New_request_for_a_covered_member_is_certified_with_a_number_that_pays_the_claim()
    {
        Member m = Scenarios.Get("SBX01", "active");
        EdiDocument doc = await RequestAsync(m, "72148", new DateOnly(2026, 3, 5));
        EdiSegment hcr = doc.Segments.Single(s => s.Is("HCR"));
        Assert.Equal("A1", hcr[1]);
        Assert.StartsWith("AUTH01", hcr[2]);

        await _fixture.ResetClockAsync();
        await _fixture.AdvanceDaysAsync(5);
        var ch = new Clearinghouse(_fixture.Http);
        await ch.UploadAsync(X12Requests.Claims([Scenarios.ClaimFor(m, "AUTHPAY1").WithLines(new LineSpec("72148", 600m, new DateOnly(2026, 3, 6))) with { PriorAuthorization = hcr[2] }]));
        await _fixture.AdvanceDaysAsync(20);
        IReadOnlyList<EdiSegment> clp = X12Check.Claim((await ch.RemittancesForAsync("AUTHPAY1"))[^1], "AUTHPAY1");
        Assert.Equal("1", clp[0][2]);
    }

    [Fact]
    public async Task Case_on_file_is_reported_as_it_stands()
    {
        Member m = Scenarios.Get("SBX02", "prior_auth_required");
        var pended = m.Authorizations.Single(a => a.Status == "A4");
        EdiSegment hcr = (await RequestAsync(m, pended.Procedure, pended.From)).Segments.Single(s => s.Is("HCR"));
        Assert.Equal("A4", hcr[1]);
        Assert.Equal(pended.Number, hcr[2]);
    }

    [Fact]
    public async Task Pending_long_member_pends_and_terminated_member_is_not_certified()
    {
        Assert.Equal("A4", (await RequestAsync(Scenarios.Get("SBX04", "pending_long"), "90837", new DateOnly(2026, 3, 9))).Segments.Single(s => s.Is("HCR"))[1]);
        EdiSegment denied = (await RequestAsync(Scenarios.Get("SBX04", "terminated"), "90837", new DateOnly(2026, 3, 9))).Segments.Single(s => s.Is("HCR"));
        Assert.Equal("A3", denied[1]);
    }

    [Fact]
    public async Task Unknown_member_gets_AAA_75_and_no_decision()
    {
        Member m = Scenarios.Get("SBX01", "active") with { MemberId = "SCH000000000" };
        EdiDocument doc = await RequestAsync(m, "72148", new DateOnly(2026, 3, 5));
        Assert.Contains(doc.Segments, s => s.Is("AAA") && s[3] == "75");
        Assert.DoesNotContain(doc.Segments, s => s.Is("HCR"));
    }
}
