using System.Text.Json;
using Microsoft.Playwright;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.Portal;

/// <summary>
/// The signed-in portal pages in headless Chromium: claim status (table on one payer, cards on another), eligibility
/// and benefits, prior-auth status, and attachment upload that turns a CO-16 denial into a payment.
/// </summary>
public sealed class PortalPagesTests : IClassFixture<PortalFixture>
{
    private static readonly DateOnly Dos = new(2026, 2, 26);
    private readonly PortalFixture _fixture;

    public PortalPagesTests(PortalFixture fixture) => _fixture = fixture;

    private Task<IPage> SignInAsync(string payer) => SignInAsync(payer, payer switch
    {
        "SBX01" => ("demo.biller", "Summit#2026", "JBSWY3DPEHPK3PXPSUMMIT22", PortalNames.Classic),
        "SBX02" => ("demo.totp", "Keystone#2026", "KRUGKIDROVUWG2ZAMJZG653O", PortalNames.Alternate),
        "SBX03" => ("demo.biller", "Riverbend#2026", "MFRGGZDFMZTWQ2LKNNWG23TP", PortalNames.Alternate),
        _ => ("demo.biller", "Harborlight#2026", "NBSWY3DPO5XXE3DEHARBOR22", PortalNames.Classic),
    });

    private async Task<IPage> SignInAsync(string payer, (string User, string Password, string Secret, PortalNames Names) account)
    {
        IPage page = await _fixture.NewPageAsync();
        await PortalSignInTests.SignInWithTotpAsync(page, payer, account.User, account.Password, account.Secret, account.Names);
        return page;
    }

    [Fact]
    public async Task Claim_status_is_a_table_on_the_commercial_portal_and_cards_on_the_medicare_portal()
    {
        await _fixture.ResetClockAsync();
        var ch = new Clearinghouse(_fixture.Http);
        Member commercial = Scenarios.Get("SBX01", "terminated");
        Member medicare = Scenarios.Get("SBX02", "active");
        await ch.UploadAsync(X12Requests.Claims([
            Scenarios.ClaimFor(commercial, "PTL001").WithLines(new LineSpec("99213", 150m, Dos)),
            Scenarios.ClaimFor(medicare, "PTL002").WithLines(new LineSpec("99213", 150m, Dos)),
        ]));
        await _fixture.AdvanceDaysAsync(16);

        IPage table = await SignInAsync("SBX01");
        await table.GotoAsync("/portal/SBX01/claims");
        await table.FillAsync("#memberId", commercial.MemberId);
        await table.ClickAsync("#search");
        ILocator row = table.Locator("table#results tbody tr", new() { HasText = "PTL001" });
        await row.WaitForAsync();
        Assert.Equal("Denied", await row.Locator("td[data-label=Status]").InnerTextAsync());
        Assert.Contains("CO-27", await row.Locator("td[data-label=Reasons]").InnerTextAsync());
        await PortalFixture.ShotAsync(table, "sbx01-claims-table");
        await table.Context.CloseAsync();

        IPage cards = await SignInAsync("SBX02");
        await cards.GotoAsync($"/portal/SBX02/claims?subscriber_id={medicare.MemberId}");
        ILocator card = cards.Locator("#search-results .card", new() { HasText = "PTL002" });
        await card.WaitForAsync();
        Assert.Equal(0, await cards.Locator("table").CountAsync());
        Assert.Contains(await card.Locator("dd[data-label=Status]").InnerTextAsync(), new[] { "Paid", "Processed - patient responsibility" });
        await PortalFixture.ShotAsync(cards, "sbx02-claims-cards");
        await cards.Context.CloseAsync();
    }

    [Fact]
    public async Task Eligibility_page_shows_coverage_and_benefits_and_refuses_a_bad_birth_date()
    {
        Member m = Scenarios.Get("SBX03", "other_payer_primary");
        IPage page = await SignInAsync("SBX03");
        await page.GotoAsync("/portal/SBX03/eligibility");
        await page.FillAsync("#subscriber_id", m.MemberId);
        await page.FillAsync("#dob", m.Person.BirthDate.ToString("MM/dd/yyyy"));
        await page.ClickAsync("#search");
        ILocator result = page.Locator("table#search-results tbody tr");
        await result.WaitForAsync();
        Assert.Equal("Active", await result.Locator(".coverage-status").InnerTextAsync());
        Assert.Contains("primary", await result.Locator("td[data-label='Other coverage']").InnerTextAsync());
        await PortalFixture.ShotAsync(page, "sbx03-eligibility");
        await page.GotoAsync($"/portal/SBX03/eligibility?subscriber_id={m.MemberId}&dob=1999-99-99");
        Assert.Contains("MM/DD/YYYY", await page.InnerTextAsync("#message"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Prior_auth_page_lists_approved_pended_and_denied_cases()
    {
        Member m = Scenarios.Get("SBX04", "prior_auth_required");
        IPage page = await SignInAsync("SBX04");
        await page.GotoAsync($"/portal/SBX04/authorizations?memberId={m.MemberId}");
        ILocator statuses = page.Locator("#results .auth-status");
        await statuses.First.WaitForAsync();
        IReadOnlyList<string> texts = await statuses.AllInnerTextsAsync();
        Assert.Contains("Approved", texts);
        Assert.Contains("Pended - clinical review", texts);
        Assert.Contains("Denied", texts);
        await PortalFixture.ShotAsync(page, "sbx04-authorizations-cards");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Attachment_upload_refuses_non_pdf_and_a_pdf_turns_the_CO16_denial_into_payment()
    {
        await _fixture.ResetClockAsync();
        var ch = new Clearinghouse(_fixture.Http);
        Member m = Scenarios.Get("SBX01", "deductible_met");
        JsonElement receipt = await ch.UploadAsync(X12Requests.Claims([Scenarios.ClaimFor(m, "ATT001").WithLines(new LineSpec("99499", 250m, Dos))]));
        string icn = receipt.GetProperty("controlNumbers").GetProperty("ATT001").GetString()!;
        await _fixture.AdvanceDaysAsync(15);
        IReadOnlyList<EdiSegment> denied = X12Check.Claim((await ch.RemittancesForAsync("ATT001"))[^1], "ATT001");
        Assert.Equal(["CO-16"], X12Check.Adjustments(denied));

        IPage page = await SignInAsync("SBX01");
        await page.GotoAsync($"/portal/SBX01/claims?claimNumber={icn}");
        await page.ClickAsync("a.attach");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = "PK\u0003\u0004 this is a zip"u8.ToArray() });
        await page.ClickAsync("#upload");
        Assert.Contains("not a PDF", await page.InnerTextAsync("#message"));
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "medical-record.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray() });
        await page.ClickAsync("#upload");
        Assert.Contains("reprocessing", await page.InnerTextAsync("#message"));
        await PortalFixture.ShotAsync(page, "sbx01-attachment-uploaded");
        await page.GotoAsync($"/portal/SBX01/claims?claimNumber={icn}");
        Assert.Equal("Reprocessing", await page.InnerTextAsync("#results .status"));

        await _fixture.AdvanceDaysAsync(3);
        IReadOnlyList<EdiDocument> remits = await ch.RemittancesForAsync("ATT001");
        Assert.Equal(2, remits.Count);
        IReadOnlyList<EdiSegment> paid = X12Check.Claim(remits[^1], "ATT001");
        Assert.Equal("1", paid[0][2]);
        Assert.DoesNotContain("CO-16", X12Check.Adjustments(paid));
        Assert.NotEqual("0", paid[0][4]);
        // Three simulated days ended the old session (15 idle minutes); a new sign-in sees the claim paid.
        await page.GotoAsync($"/portal/SBX01/claims?claimNumber={icn}");
        Assert.Contains("/login?expired=1", page.Url);
        await page.Context.CloseAsync();
        IPage again = await SignInAsync("SBX01");
        await again.GotoAsync($"/portal/SBX01/claims?claimNumber={icn}");
        Assert.Equal("Paid", await again.InnerTextAsync("#results .status"));
        await PortalFixture.ShotAsync(again, "sbx01-claim-paid-after-attachment");
        await again.Context.CloseAsync();
    }
}
