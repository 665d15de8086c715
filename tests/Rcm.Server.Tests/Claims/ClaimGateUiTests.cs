using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rcm.Core.Claims.Workflow;
using Rcm.Core.Validation;
using Rcm.Server.Demo;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests.Claims;

/// <summary>
/// Gate 3 in real headless Chromium: a held claim is in the coding queue with its finding and fix; Submit is refused with the
/// findings shown; after adding the required modifier the claim is re-validated and Submit is accepted. Screenshots go to
/// the test output folder (screenshots/claims-*.png).
/// </summary>
public sealed class ClaimGateUiTests(ClaimsDemoPlatform f) : IClassFixture<ClaimsDemoPlatform>
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Submit_is_refused_with_the_findings_then_accepted_after_the_modifier_is_added()
    {
        var claimId = await SeedHeldClaimAsync();
        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = f.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        try
        {
            await SignInAsync(page);
            await Walk(page, claimId);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "claims-failure.png"), FullPage = true });
            throw;
        }
    }

    private static async Task SignInAsync(IPage page)
    {
        // Generous waits: CI machines are loaded, and the sign-in redirect chain can take a while to settle.
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        await DemoStaffSignIn.SignInAsync(page);
    }

    private static async Task Walk(IPage page, long claimId)
    {
        // The coding queue lists the held claim with the finding in plain words and its fix. Navigate rather than click the
        // nav link: a click can race the page load that ends sign-in on a busy machine.
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        await page.GotoAsync("/Claims");
        var row = page.Locator($"#coding-queue tr[data-claim='{claimId}'][data-rule='PAY102']");
        Assert.Contains("Add modifier HM to the line.", await row.TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "claims-1-coding-queue.png"), FullPage = true });

        // Submit is refused, and the page says why.
        await row.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**/Claims/Claim/{claimId}");
        await page.ClickAsync("#submit-claim");
        var refused = await page.TextContentAsync("#submit-refused");
        Assert.Contains("Submit refused", refused, StringComparison.Ordinal);
        Assert.Contains("Add modifier HM to the line.", refused, StringComparison.Ordinal);
        Assert.Equal("held", await page.GetAttributeAsync("#claim-status", "data-status"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "claims-2-submit-refused.png"), FullPage = true });

        // Add the modifier: the claim is re-validated and ready; Submit is accepted.
        await page.FillAsync("#modifiers-1", "HM");
        await page.ClickAsync("#save-line-1");
        await page.WaitForSelectorAsync("#notice");
        Assert.Equal("ready", await page.GetAttributeAsync("#claim-status", "data-status"));
        Assert.Equal(0, await page.Locator("#findings tr[data-rule='PAY102']").CountAsync());
        await page.ClickAsync("#submit-claim");
        await page.WaitForSelectorAsync("#notice >> text=Submit accepted");
        Assert.Equal("queued_for_submission", await page.GetAttributeAsync("#claim-status", "data-status"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "claims-3-submit-accepted.png"), FullPage = true });

        // It has left the coding queue.
        await page.ClickAsync("nav.side >> text=Coding");
        Assert.Equal(0, await page.Locator($"#coding-queue tr[data-claim='{claimId}']").CountAsync());
    }

    /// <summary>The demo practice's ABA session by an RBT without modifier HM (Acme PAY102 blocks it), stored as the API would.</summary>
    private async Task<long> SeedHeldClaimAsync()
    {
        await using var db = f.OpenDb();
        var practice = await db.Practices.SingleAsync(p => p.Name == DemoPracticeSeeder.PracticeName);
        var claim = ClaimJson.Read(ClaimSamples.ByTechnician("UI-CLAIM-1").ToJsonString());
        var gate = f.App.Services.GetRequiredService<ClaimGate>();
        var record = new ClaimRecord(practice.Id, claim, gate.Evaluate(claim), null, DateTimeOffset.UtcNow);
        Assert.Equal(ClaimStatus.Held, record.Status);
        db.ClaimRecords.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    }
}
