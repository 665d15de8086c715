using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests.Documentation;

/// <summary>
/// The note form in real headless Chromium against the real server with the demo practice: an ABA note is refused at
/// signing for a missing session end time (the refusal names the field), is completed, signed, and the visit moves on
/// to the coding list. Screenshots go to the test output folder (screenshots/documentation-*.png).
/// </summary>
public sealed class NoteFormUiTests(DemoPlatform f) : IClassFixture<DemoPlatform>
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Aba_note_is_refused_without_session_end_then_signed_and_the_visit_moves_on_to_coding()
    {
        Directory.CreateDirectory(Shots);
        long visitId, otherVisitId;
        await using (var db = f.OpenDb())
        {
            visitId = await db.Appointments.Where(a => a.ServiceCode == "97153").OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            otherVisitId = await db.Appointments.Where(a => a.ServiceCode == "97155").OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = f.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        try
        {
            await DemoStaffSignIn.SignInAsync(page);
            await Walk(page, visitId, otherVisitId);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "documentation-failure.png"), FullPage = true });
            throw;
        }
    }


    private static async Task Walk(IPage page, long visitId, long otherVisitId)
    {
        // The Documentation stage lists the visit without a note.
        // (Navigated to rather than clicked: a click racing the sign-in redirect's page load was lost once on a loaded machine.)
        Assert.Equal("/Documentation", await page.Locator("nav.side").GetByText("Documentation", new() { Exact = true }).GetAttributeAsync("href"));
        await page.GotoAsync("/Documentation");
        Assert.Contains("No note", await page.TextContentAsync($"tr[data-visit='{visitId}'] .note-state"), StringComparison.Ordinal);
        await page.ClickAsync($"tr[data-visit='{visitId}'] a");

        // The ABA template is suggested from the visit's service code.
        Assert.Equal("aba-therapy", await page.InputValueAsync("#templateId"));
        await page.ClickAsync("text=Start note");
        await page.WaitForSelectorAsync("#note-status");
        Assert.Equal("Draft", (await page.TextContentAsync("#note-status"))!.Trim());

        // High-risk fields come first and are marked.
        var first = page.Locator(".note-form .field").First;
        Assert.Contains("high-risk", await first.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await first.Locator(".risk").CountAsync());

        // Everything but the session end time.
        await page.FillAsync("#f-service_code", "97153");
        await page.FillAsync("#f-diagnosis", "F84.0");
        await page.FillAsync("#f-session_start", "09:00");
        await page.FillAsync("#f-session_minutes", "120");
        await page.FillAsync("#f-units", "8");
        await page.FillAsync("#f-targets_addressed", "Manding; transitions between activities");
        await page.FillAsync("#f-place_of_service", "12");
        await page.SelectOptionAsync("#f-delivery", "in_person");
        await page.FillAsync("#f-session_summary", "Met 4 of 5 targets.");
        await page.ClickAsync("#sign");
        await page.WaitForSelectorAsync("#refusal");
        var refusal = (await page.TextContentAsync("#refusal"))!;
        Assert.Contains("Not signed", refusal, StringComparison.Ordinal);
        Assert.Contains("Session end", refusal, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("#err-session_end")));
        Assert.Equal("Draft", (await page.TextContentAsync("#note-status"))!.Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "documentation-01-refused.png"), FullPage = true });

        // The note is back in the provider's queue.
        await page.GotoAsync("/Documentation/Queue");
        Assert.Equal(1, await page.Locator($"tr[data-visit='{visitId}']").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "documentation-02-queue.png"), FullPage = true });

        // Completed and signed: ready for coding.
        await page.GotoAsync($"/Documentation/Note?visitId={visitId}");
        await page.FillAsync("#f-session_end", "11:00");
        await page.ClickAsync("#sign");
        await page.WaitForSelectorAsync("#ready-for-coding");
        Assert.Equal("Signed", (await page.TextContentAsync("#note-status"))!.Trim());
        Assert.Equal(0, await page.Locator("#sign").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "documentation-03-signed.png"), FullPage = true });

        await page.ClickAsync("#ready-for-coding a");
        await page.WaitForURLAsync("**/Documentation/Coding");
        Assert.Equal(1, await page.Locator($"#coding-list tr[data-visit='{visitId}']").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "documentation-04-coding.png"), FullPage = true });

        await page.GotoAsync("/Documentation/Queue");
        Assert.Equal(0, await page.Locator($"tr[data-visit='{visitId}']").CountAsync());
        await page.GotoAsync("/Documentation");
        Assert.Contains("Ready for coding", await page.TextContentAsync($"tr[data-visit='{visitId}'] .note-state"), StringComparison.Ordinal);
        // A second visit's draft, saved half done, shows up in the report by field and provider.
        await page.GotoAsync($"/Documentation/Note?visitId={otherVisitId}");
        await page.ClickAsync("text=Start note");
        await page.WaitForSelectorAsync("#note-status");
        await page.FillAsync("#f-service_code", "97155");
        await page.FillAsync("#f-session_start", "13:00");
        await page.ClickAsync("text=Save draft");
        await page.WaitForSelectorAsync("[role=status]");
        Assert.Equal("Draft", (await page.TextContentAsync("#note-status"))!.Trim());
        await page.GotoAsync("/Documentation/Report");
        Assert.Equal(1, await page.Locator("#field-bars [data-field='session_end']").CountAsync());
        Assert.Equal(2, await page.Locator("#providers tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "documentation-05-report.png"), FullPage = true });

        // Amending the signed note needs a reason, makes version 2 a draft, and takes the visit off the coding list until signed.
        await page.GotoAsync($"/Documentation/Note?visitId={visitId}");
        await page.ClickAsync("text=Start amendment");
        Assert.Contains("Say why", await page.TextContentAsync("[role=alert]"), StringComparison.Ordinal);
        await page.FillAsync("#reason", "Session summary clarified");
        await page.ClickAsync("text=Start amendment");
        await page.WaitForSelectorAsync("#sign");
        Assert.Equal("Draft", (await page.TextContentAsync("#note-status"))!.Trim());
        Assert.Contains("version 2", await page.TextContentAsync("main"), StringComparison.Ordinal);
        await page.GotoAsync("/Documentation/Coding");
        Assert.Equal(0, await page.Locator($"#coding-list tr[data-visit='{visitId}']").CountAsync());
        await page.GotoAsync($"/Documentation/Note?visitId={visitId}");
        await page.ClickAsync("#sign");
        await page.WaitForSelectorAsync("#ready-for-coding");
        Assert.Equal("Signed", (await page.TextContentAsync("#note-status"))!.Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "documentation-06-amended-and-signed.png"), FullPage = true });
    }
}
