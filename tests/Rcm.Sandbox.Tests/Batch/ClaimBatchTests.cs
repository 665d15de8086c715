using System.Text;
using System.Text.Json;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.Batch;

/// <summary>
/// 837 upload → 999 → 277CA → (simulated days) → 835, per scenario: paid with patient responsibility, and each
/// realistic denial, with the CARC/RARC and group code documented in docs/sandbox.md. Every emitted file validates and
/// every 835 balances.
/// </summary>
public sealed class ClaimBatchTests : IClassFixture<SandboxFixture>
{
    private static readonly DateOnly Dos = new(2026, 2, 20);
    private readonly SandboxFixture _fixture;
    private readonly Clearinghouse _ch;

    public ClaimBatchTests(SandboxFixture fixture)
    {
        _fixture = fixture;
        _ch = new Clearinghouse(fixture.Http);
    }

    private async Task<(JsonElement Receipt, IReadOnlyList<EdiSegment> Claim)> AdjudicateAsync(ClaimSpec claim, int days = 40, bool institutional = false)
    {
        await _fixture.ResetClockAsync();
        JsonElement receipt = await _ch.UploadAsync(X12Requests.Claims([claim], institutional));
        EdiDocument ack = await _ch.BatchFileAsync(receipt, "999");
        Assert.Equal("A", ack.First("IK5")![1]);
        EdiDocument ca = await _ch.BatchFileAsync(receipt, "277CA");
        Assert.Contains(ca.Segments, s => s.Is("STC") && s[1] == "A2:20");
        await _fixture.AdvanceDaysAsync(days);
        IReadOnlyList<EdiDocument> remits = await _ch.RemittancesForAsync(claim.ClaimId);
        Assert.True(remits.Count >= 1, $"no 835 for {claim.ClaimId}");
        return (receipt, X12Check.Claim(remits[^1], claim.ClaimId));
    }

    [Fact]
    public async Task Active_commercial_member_is_paid_with_deductible_copay_and_contractual_adjustment()
    {
        ClaimSpec claim = Scenarios.ClaimFor(Scenarios.Get("SBX01", "active"), "PAID001").WithLines(
            new LineSpec("99213", 150m, Dos), new LineSpec("85025", 40m, Dos));
        (_, IReadOnlyList<EdiSegment> clp) = await AdjudicateAsync(claim);
        Assert.Equal("1", clp[0][2]);
        IReadOnlyList<string> adj = X12Check.Adjustments(clp);
        Assert.Contains("CO-45", adj);
        Assert.Contains("PR-3", adj);
        Assert.Contains("PR-1", adj);
        // 99213 allowed 98.40 - copay 30 = 68.40 to deductible; 85025 allowed 10.70 to deductible; nothing paid yet.
        Assert.Equal("0", clp[0][4]);
        Assert.Equal("109.1", clp[0][5]);
    }

    [Fact]
    public async Task Deductible_met_member_is_paid_less_copay_and_coinsurance()
    {
        ClaimSpec claim = Scenarios.ClaimFor(Scenarios.Get("SBX01", "deductible_met"), "PAID002").WithLines(new LineSpec("99214", 200m, Dos));
        (_, IReadOnlyList<EdiSegment> clp) = await AdjudicateAsync(claim);
        // allowed 139.10; copay 30; coinsurance 20% of 109.10 = 21.82; paid 87.28.
        Assert.Equal("1", clp[0][2]);
        Assert.Equal("87.28", clp[0][4]);
        Assert.Equal("51.82", clp[0][5]);
        Assert.Equal(["CO-45", "PR-3", "PR-2"], X12Check.Adjustments(clp));
    }

    public static TheoryData<string, string, string, string, string?> Denials => new()
    {
        // payer, scenario, procedure (+modifier after '/'), expected adjustment, expected remark
        { "SBX01", "terminated", "99213", "CO-27", null },
        { "SBX02", "other_payer_primary", "99213", "CO-22", "MA04" },
        { "SBX02", "active", "97110", "CO-4", "N822" },
        { "SBX04", "denies_missing_modifier", "90791", "CO-4", "N822" },
        { "SBX03", "prior_auth_required", "99213", "CO-197", "M62" },
        { "SBX01", "active", "70553", "CO-197", "M62" },
        { "SBX01", "active", "15780", "CO-96", "N130" },
        { "SBX02", "active", "97810", "CO-96", "N425" },
        { "SBX01", "active", "90837", "CO-109", "N418" },
        { "SBX01", "active", "99499", "CO-16", "M127" },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public async Task Denies_with_the_documented_reason(string payer, string scenario, string procedure, string adjustment, string? remark)
    {
        string id = $"D{payer[^1]}{procedure}{scenario.Length}";
        ClaimSpec claim = Scenarios.ClaimFor(Scenarios.Get(payer, scenario), id).WithLines(new LineSpec(procedure, 180m, Dos));
        (_, IReadOnlyList<EdiSegment> clp) = await AdjudicateAsync(claim);
        Assert.Equal("4", clp[0][2]);
        Assert.Equal("0", clp[0][4]);
        Assert.Equal([adjustment], X12Check.Adjustments(clp));
        if (remark is not null)
        {
            Assert.Contains(remark, X12Check.Remarks(clp));
        }
    }

    [Fact]
    public async Task Wrong_authorization_number_denies_CO_15_and_the_approved_one_pays()
    {
        Member m = Scenarios.Get("SBX01", "prior_auth_required");
        string approved = m.Authorizations.Single(a => a.Status == "A1").Number;
        string code = m.Authorizations.Single(a => a.Status == "A1").Procedure;
        (_, IReadOnlyList<EdiSegment> wrong) = await AdjudicateAsync(Scenarios.ClaimFor(m, "AUTHBAD") with { PriorAuthorization = "AUTH-NOPE", Lines = [new LineSpec(code, 900m, Dos)] });
        Assert.Equal(["CO-15"], X12Check.Adjustments(wrong));
        (_, IReadOnlyList<EdiSegment> right) = await AdjudicateAsync(Scenarios.ClaimFor(m, "AUTHOK") with { PriorAuthorization = approved, Lines = [new LineSpec(code, 900m, new DateOnly(2026, 3, 1))] });
        Assert.Equal("1", right[0][2]);
        Assert.DoesNotContain("CO-15", X12Check.Adjustments(right));
    }

    [Fact]
    public async Task Late_claim_denies_CO_29_timely_filing()
    {
        ClaimSpec claim = Scenarios.ClaimFor(Scenarios.Get("SBX01", "active"), "LATE01").WithLines(new LineSpec("99212", 90m, new DateOnly(2025, 10, 1)));
        (_, IReadOnlyList<EdiSegment> clp) = await AdjudicateAsync(claim);
        Assert.Equal(["CO-29"], X12Check.Adjustments(clp));
    }

    [Fact]
    public async Task Same_claim_sent_again_denies_OA_18_duplicate()
    {
        Member m = Scenarios.Get("SBX03", "active");
        ClaimSpec first = Scenarios.ClaimFor(m, "DUP01").WithLines(new LineSpec("99212", 77m, Dos));
        await AdjudicateAsync(first);
        (_, IReadOnlyList<EdiSegment> clp) = await AdjudicateAsync(first with { ClaimId = "DUP02" });
        Assert.Equal(["OA-18"], X12Check.Adjustments(clp));
    }

    [Fact]
    public async Task Dependent_billed_as_the_subscriber_denies_CO_31_and_billed_in_2000C_pays()
    {
        Member m = Scenarios.Get("SBX04", "dependent");
        (_, IReadOnlyList<EdiSegment> ok) = await AdjudicateAsync(Scenarios.ClaimFor(m, "DEPOK").WithLines(new LineSpec("90791", 200m, Dos)));
        Assert.Equal("1", ok[0][2]);
        ClaimSpec asSubscriber = Scenarios.ClaimFor(m, "DEPBAD").WithLines(new LineSpec("90846", 120m, Dos)) with { Subscriber = null };
        (_, IReadOnlyList<EdiSegment> bad) = await AdjudicateAsync(asSubscriber);
        Assert.Equal(["CO-31"], X12Check.Adjustments(bad));
    }

    [Fact]
    public async Task Secondary_claim_with_primary_payment_is_processed_as_secondary()
    {
        ClaimSpec claim = Scenarios.ClaimFor(Scenarios.Get("SBX01", "other_payer_primary"), "COB01").WithLines(new LineSpec("99213", 150m, Dos)) with { OtherPayerPaid = 60m };
        (_, IReadOnlyList<EdiSegment> clp) = await AdjudicateAsync(claim);
        Assert.Equal("2", clp[0][2]);
        Assert.Equal("38.4", clp[0][4]);
        Assert.Contains("OA-23", X12Check.Adjustments(clp));
    }

    [Fact]
    public async Task Pending_long_claim_shows_no_movement_until_its_review_ends()
    {
        Member m = Scenarios.Get("SBX01", "pending_long");
        ClaimSpec claim = Scenarios.ClaimFor(m, "PEND01").WithLines(new LineSpec("99213", 150m, Dos));
        await _fixture.ResetClockAsync();
        await _ch.UploadAsync(X12Requests.Claims([claim]));
        await _fixture.AdvanceDaysAsync(45);
        Assert.Empty(await _ch.RemittancesForAsync("PEND01"));
        await _fixture.AdvanceDaysAsync(40);
        Assert.Single(await _ch.RemittancesForAsync("PEND01"));
    }

    [Fact]
    public async Task Replacement_claim_reverses_the_original_payment_then_pays_the_correction()
    {
        Member m = Scenarios.Get("SBX02", "deductible_met");
        (JsonElement receipt, IReadOnlyList<EdiSegment> original) = await AdjudicateAsync(Scenarios.ClaimFor(m, "REPL01").WithLines(new LineSpec("99214", 200m, Dos)));
        string icn = receipt.GetProperty("controlNumbers").GetProperty("REPL01").GetString()!;
        Assert.Equal(icn, original[0][7]);
        ClaimSpec corrected = Scenarios.ClaimFor(m, "REPL01").WithLines(new LineSpec("99213", 150m, Dos)) with { Frequency = "7", OriginalReference = icn };
        await _ch.UploadAsync(X12Requests.Claims([corrected]));
        await _fixture.AdvanceDaysAsync(20);
        EdiDocument last = (await _ch.RemittancesForAsync("REPL01"))[^1];
        IReadOnlyList<EdiSegment> reversal = X12Check.Claim(last, "REPL01", 1);
        IReadOnlyList<EdiSegment> replacement = X12Check.Claim(last, "REPL01", 2);
        Assert.Equal("22", reversal[0][2]);
        Assert.Equal(icn, reversal[0][7]);
        Assert.Equal("-" + original[0][4], reversal[0][4]);
        Assert.Equal("-200", reversal[0][3]);
        Assert.Equal("1", replacement[0][2]);
        Assert.Equal("150", replacement[0][3]);
        Assert.NotEqual(icn, replacement[0][7]);
    }

    [Fact]
    public async Task Reversal_gives_the_deductible_back_so_the_correction_is_priced_as_the_first_time()
    {
        Member m = Scenarios.Get("SBX04", "active");
        (JsonElement receipt, IReadOnlyList<EdiSegment> original) = await AdjudicateAsync(Scenarios.ClaimFor(m, "REV01").WithLines(new LineSpec("90791", 200m, Dos)));
        Assert.Contains("PR-1", X12Check.Adjustments(original));
        string icn = receipt.GetProperty("controlNumbers").GetProperty("REV01").GetString()!;
        await _ch.UploadAsync(X12Requests.Claims([Scenarios.ClaimFor(m, "REV01").WithLines(new LineSpec("90791", 200m, Dos)) with { Frequency = "7", OriginalReference = icn }]));
        await _fixture.AdvanceDaysAsync(25);
        IReadOnlyList<EdiSegment> corrected = X12Check.Claim((await _ch.RemittancesForAsync("REV01"))[^1], "REV01", 2);
        Assert.Equal("1", corrected[0][2]);
        Assert.Equal(original[0][4], corrected[0][4]);
        Assert.Equal(original[0][5], corrected[0][5]);
    }

    [Fact]
    public async Task Void_takes_the_payment_back_with_a_reversal_only()
    {
        Member m = Scenarios.Get("SBX03", "deductible_met");
        (JsonElement receipt, IReadOnlyList<EdiSegment> original) = await AdjudicateAsync(Scenarios.ClaimFor(m, "VOID01").WithLines(new LineSpec("99214", 180m, Dos)));
        string icn = receipt.GetProperty("controlNumbers").GetProperty("VOID01").GetString()!;
        await _ch.UploadAsync(X12Requests.Claims([Scenarios.ClaimFor(m, "VOID01").WithLines(new LineSpec("99214", 180m, Dos)) with { Frequency = "8", OriginalReference = icn }]));
        await _fixture.AdvanceDaysAsync(35);
        EdiDocument last = (await _ch.RemittancesForAsync("VOID01"))[^1];
        IReadOnlyList<EdiSegment> reversal = X12Check.Claim(last, "VOID01");
        Assert.Equal("22", reversal[0][2]);
        Assert.Equal("-" + original[0][4], reversal[0][4]);
        Assert.Empty(X12Check.Claim(last, "VOID01", 2));
        // Nothing else paid in this run for the payer: the negative balance is carried forward with PLB FB.
        Assert.Equal("H", last.First("BPR")![1]);
        Assert.Contains(last.Segments, s => s.Is("PLB") && s.Component(3, 1) == "FB");
    }

    [Fact]
    public async Task Institutional_claim_is_accepted_and_paid_with_revenue_codes()
    {
        ClaimSpec claim = Scenarios.ClaimFor(Scenarios.Get("SBX03", "active"), "INST01").WithLines(
            new LineSpec("T1015", 300m, Dos, "U1") { RevenueCode = "0510" });
        (_, IReadOnlyList<EdiSegment> clp) = await AdjudicateAsync(claim, institutional: true);
        Assert.Equal("1", clp[0][2]);
        Assert.Equal("0510", clp.First(s => s.Is("SVC"))[4]);
    }

    [Theory]
    [InlineData("NOSUCHMEMBER", "1234567893", "A7:33:IL")]
    [InlineData(null, "1234567890", "A7:562:85")]
    public async Task Front_end_rejections_come_back_in_the_277CA(string? memberId, string npi, string status)
    {
        Member m = Scenarios.Get("SBX01", "active");
        ClaimSpec claim = Scenarios.ClaimFor(m, "REJ" + status[3..6].Replace(":", "")).WithLines(new LineSpec("99213", 150m, Dos)) with
        {
            MemberId = memberId ?? m.MemberId,
            BillingNpi = npi,
        };
        JsonElement receipt = await _ch.UploadAsync(X12Requests.Claims([claim]));
        Assert.Equal(1, receipt.GetProperty("claimsRejected").GetInt32());
        EdiDocument ca = await _ch.BatchFileAsync(receipt, "277CA");
        EdiSegment stc = ca.Segments.Last(s => s.Is("STC"));
        Assert.Equal(status, stc[1]);
        Assert.Equal("U", stc[3]);
        Assert.DoesNotContain(ca.Segments, s => s.Is("REF") && s[1] == "1K");
    }

    [Fact]
    public async Task Wrong_segment_count_is_rejected_in_the_999_with_IK5_4()
    {
        ClaimSpec claim = Scenarios.ClaimFor(Scenarios.Get("SBX01", "active"), "BADSE").WithLines(new LineSpec("99213", 150m, Dos));
        string text = Encoding.ASCII.GetString(X12Requests.Claims([claim]));
        int se = text.IndexOf("\nSE*", StringComparison.Ordinal) + 4;
        int star = text.IndexOf('*', se);
        text = text[..se] + "99" + text[star..];
        JsonElement receipt = await _ch.UploadAsync(Encoding.ASCII.GetBytes(text));
        EdiDocument ack = await _ch.BatchFileAsync(receipt, "999");
        Assert.Equal(["R", "4"], [ack.First("IK5")![1], ack.First("IK5")![2]]);
        Assert.Equal("R", ack.First("AK9")![1]);
        Assert.Equal(0, receipt.GetProperty("claimsAccepted").GetInt32());
    }

    [Fact]
    public async Task Unreadable_upload_is_a_400_problem_and_a_note_in_the_mailbox()
    {
        using var content = new ByteArrayContent("not an 837 at all"u8.ToArray());
        using HttpResponseMessage response = await _fixture.Http.PostAsync("/clearinghouse/claims", content);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await _ch.FilesAsync("note"), f => f.Kind == "note");
    }
}
