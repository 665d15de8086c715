using System.Text.Json;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.RealTime;

/// <summary>276 → 277: a claim's status follows it through the payer (in process, in review, paid, denied, not found).</summary>
public sealed class ClaimStatusTests : IClassFixture<SandboxFixture>
{
    private static readonly DateOnly Dos = new(2026, 2, 25);
    private readonly SandboxFixture _fixture;

    public ClaimStatusTests(SandboxFixture fixture) => _fixture = fixture;

    private async Task<string> StatusAsync(Member m, string? icn, string? claimId, decimal charge)
    {
        EdiDocument doc = await RealTimeClient.PostAsync(
            _fixture.Http, X12Requests.ClaimStatus(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, icn, claimId, charge, Dos, Dos), "277");
        Assert.Equal("277", doc.First("ST")![1]);
        return doc.Segments.Single(s => s.Is("STC"))[1];
    }

    [Fact]
    public async Task Status_moves_from_in_process_to_paid_and_is_found_by_icn_or_claim_id()
    {
        await _fixture.ResetClockAsync();
        Member m = Scenarios.Get("SBX01", "deductible_met");
        JsonElement receipt = await new Clearinghouse(_fixture.Http).UploadAsync(X12Requests.Claims([Scenarios.ClaimFor(m, "ST001").WithLines(new LineSpec("99213", 150m, Dos))]));
        string icn = receipt.GetProperty("controlNumbers").GetProperty("ST001").GetString()!;
        Assert.Equal("P1:20", await StatusAsync(m, icn, null, 150m));
        await _fixture.AdvanceDaysAsync(15);
        Assert.Equal("F1:65", await StatusAsync(m, null, "ST001", 150m));
        Assert.Equal("F1:65", await StatusAsync(m, null, null, 150m));
    }

    [Fact]
    public async Task Denied_claim_is_finalized_denial_and_pending_long_is_in_review()
    {
        await _fixture.ResetClockAsync();
        Member terminated = Scenarios.Get("SBX03", "terminated");
        Member pending = Scenarios.Get("SBX03", "pending_long");
        await new Clearinghouse(_fixture.Http).UploadAsync(X12Requests.Claims([
            Scenarios.ClaimFor(terminated, "ST002").WithLines(new LineSpec("99213", 150m, Dos)),
            Scenarios.ClaimFor(pending, "ST003").WithLines(new LineSpec("99213", 150m, Dos)),
        ]));
        await _fixture.AdvanceDaysAsync(35);
        Assert.Equal("F2:1", await StatusAsync(terminated, null, "ST002", 150m));
        Assert.Equal("P2:46", await StatusAsync(pending, null, "ST003", 150m));
    }

    [Fact]
    public async Task Unknown_claim_is_A4_not_found()
    {
        Assert.Equal("A4:35", await StatusAsync(Scenarios.Get("SBX02", "active"), "NOSUCHICN", "NOSUCH", 10m));
    }
}
