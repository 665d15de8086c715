using System.Net;
using System.Net.Http.Headers;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.RealTime;

/// <summary>270 → 271 over <c>POST /x12</c>: each scenario answers as documented, and every 271 validates.</summary>
public sealed class EligibilityTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public EligibilityTests(SandboxFixture fixture) => _fixture = fixture;

    private async Task<EdiDocument> AskAsync(byte[] request)
    {
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        using HttpResponseMessage response = await _fixture.Http.PostAsync("/x12", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/edi-x12", response.Content.Headers.ContentType?.MediaType);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        return X12Check.Valid(body, "271");
    }

    private static byte[] For(Member m, DateOnly? date = null) =>
        X12Requests.Eligibility(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, m.Person.BirthDate, date);

    private static IEnumerable<EdiSegment> Eb(EdiDocument doc, string code) => doc.Segments.Where(s => s.Is("EB") && s[1] == code);

    [Theory]
    [InlineData("SBX01")]
    [InlineData("SBX02")]
    [InlineData("SBX03")]
    [InlineData("SBX04")]
    public async Task Active_member_gets_active_coverage_with_cost_sharing(string payer)
    {
        Member m = Scenarios.Get(payer, "active");
        EdiDocument doc = await AskAsync(For(m));
        Assert.Equal("271", doc.First("ST")![1]);
        Assert.Single(Eb(doc, "1"));
        Assert.Empty(Eb(doc, "6"));
        Assert.Equal(m.MemberId, doc.Segments.First(s => s.Is("NM1") && s[1] == "IL")[9]);
        Assert.Contains(doc.Segments, s => s.Is("TRN") && s[1] == "2" && s[2] == "TRACE0001");
        Assert.DoesNotContain(doc.Segments, s => s.Is("AAA"));
    }

    [Fact]
    public async Task Commercial_active_member_reports_copay_coinsurance_deductible_and_remaining()
    {
        EdiDocument doc = await AskAsync(For(Scenarios.Get("SBX01", "active")));
        Assert.Contains(Eb(doc, "B"), s => s[3] == "98" && s[7] == "30");
        Assert.Contains(Eb(doc, "A"), s => s[8] == "0.2");
        Assert.Contains(Eb(doc, "C"), s => s[6] == "23" && s[7] == "1500");
        Assert.Contains(Eb(doc, "C"), s => s[6] == "29" && s[7] == "1500");
        Assert.Contains(Eb(doc, "G"), s => s[6] == "23" && s[7] == "6000");
    }

    [Fact]
    public async Task Terminated_member_is_inactive_with_the_end_date()
    {
        EdiDocument doc = await AskAsync(For(Scenarios.Get("SBX01", "terminated")));
        Assert.Single(Eb(doc, "6"));
        Assert.Empty(Eb(doc, "1"));
        Assert.Contains(doc.Segments, s => s.Is("DTP") && s[1] == "347" && s[3] == "20260131");
    }

    [Fact]
    public async Task Terminates_mid_month_is_active_before_and_inactive_after_the_date()
    {
        Member m = Scenarios.Get("SBX03", "terminates_mid_month");
        Assert.Single(Eb(await AskAsync(For(m, new DateOnly(2026, 3, 10))), "1"));
        Assert.Single(Eb(await AskAsync(For(m, new DateOnly(2026, 3, 16))), "6"));
    }

    [Fact]
    public async Task Other_payer_primary_names_the_primary_in_a_2120C_loop()
    {
        Member m = Scenarios.Get("SBX02", "other_payer_primary");
        EdiDocument doc = await AskAsync(For(m));
        Assert.Single(Eb(doc, "1"));
        List<EdiSegment> segs = [.. doc.Segments];
        int r = segs.FindIndex(s => s.Is("EB") && s[1] == "R" && s[3] == "30");
        Assert.True(r > 0, "EB*R missing");
        Assert.True(segs[r + 1].Is("MSG"));
        Assert.True(segs[r + 2].Is("LS") && segs[r + 2][1] == "2120");
        Assert.Equal(m.OtherCoverage!.PayerId, segs[r + 3][9]);
        Assert.True(segs[r + 4].Is("LE"));
    }

    [Fact]
    public async Task Dependent_is_answered_in_2000D_under_the_subscriber()
    {
        Member m = Scenarios.Get("SBX01", "dependent");
        var sub = Scenarios.SubscriberOf(m);
        EdiDocument doc = await AskAsync(X12Requests.Eligibility(m.PayerId, m.MemberId, sub.Last, sub.First, sub.Birth, dependent: (m.Person.LastName, m.Person.FirstName, m.Person.BirthDate)));
        Assert.Contains(doc.Segments, s => s.Is("HL") && s[3] == "23");
        Assert.Equal(sub.First.ToUpperInvariant(), doc.Segments.First(s => s.Is("NM1") && s[1] == "IL")[4]);
        Assert.Equal(m.Person.FirstName.ToUpperInvariant(), doc.Segments.First(s => s.Is("NM1") && s[1] == "03")[4]);
        Assert.Contains(doc.Segments, s => s.Is("INS") && s[2] == "19");
        Assert.Single(Eb(doc, "1"));
    }

    [Theory]
    [InlineData("NOSUCH123", "Whoever", "1970-01-01", "75")]
    [InlineData(null, "Wrongname", null, "73")]
    [InlineData(null, null, "1901-01-01", "71")]
    public async Task Unmatched_member_gets_AAA_with_the_reason(string? memberId, string? lastName, string? birth, string reason)
    {
        Member m = Scenarios.Get("SBX01", "active");
        byte[] request = X12Requests.Eligibility(
            "SBX01", memberId ?? m.MemberId, lastName ?? m.Person.LastName, m.Person.FirstName,
            birth is null ? m.Person.BirthDate : DateOnly.Parse(birth));
        EdiDocument doc = await AskAsync(request);
        EdiSegment aaa = Assert.Single(doc.Segments, s => s.Is("AAA"));
        Assert.Equal("Y", aaa[1]);
        Assert.Equal(reason, aaa[3]);
        Assert.Empty(Eb(doc, "1"));
    }

    [Fact]
    public async Task Unknown_payer_gets_AAA_79_at_the_information_source()
    {
        EdiDocument doc = await AskAsync(X12Requests.Eligibility("NOPAYER", "X1", "A", "B", new DateOnly(1980, 1, 1)));
        Assert.Contains(doc.Segments, s => s.Is("AAA") && s[3] == "79");
    }

    [Fact]
    public async Task Prior_auth_member_is_flagged_auth_required_in_EB11()
    {
        EdiDocument doc = await AskAsync(For(Scenarios.Get("SBX04", "prior_auth_required")));
        Assert.Equal("Y", Assert.Single(Eb(doc, "1"))[11]);
    }

    [Fact]
    public async Task Medicaid_member_who_changed_plans_is_inactive_and_names_the_new_plan()
    {
        Member m = Scenarios.Get("SBX03", "plan_changed");
        EdiDocument doc = await AskAsync(For(m));
        Assert.Single(Eb(doc, "6"));
        Assert.Contains(doc.Segments, s => s.Is("NM1") && s[1] == "PR" && s[9] == "LCC31");
    }

    [Fact]
    public async Task Wrong_content_type_is_415_and_unreadable_x12_is_400_problem()
    {
        using HttpResponseMessage wrongType = await _fixture.Http.PostAsync("/x12", new StringContent("ISA*", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        using var junk = new ByteArrayContent("hello, not x12"u8.ToArray());
        junk.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        using HttpResponseMessage bad = await _fixture.Http.PostAsync("/x12", junk);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }
}
