using Microsoft.Playwright;
using Rcm.Server.Demo;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests;

/// <summary>
/// The web UI in real headless Chromium against the real server (loopback port): sign-in with authenticator enrolment,
/// the front desk's patient list, search, validation messages, create patient and coverage. Screenshots go to
/// the test output folder (screenshots/).
/// </summary>
public sealed class WebUiTests(DemoPlatform f) : IClassFixture<DemoPlatform>
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Staff_sign_in_with_totp_then_find_create_and_insure_a_patient()
    {
        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = f.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        var page = await context.NewPageAsync();
        try
        {
            await Walk(page);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "failure.png"), FullPage = true });
            await File.WriteAllLinesAsync(Path.Combine(Shots, "failure-log.txt"), f.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)));
            throw;
        }
    }

    private async Task Walk(IPage page)
    {

        // Anonymous visitors land on sign-in; a wrong password is refused.
        await page.GotoAsync("/");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#email", DemoPracticeSeeder.UserEmail);
        await page.FillAsync("#password", "wrong-password-1");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("Wrong e-mail or password", await page.TextContentAsync("[role=alert]"), StringComparison.Ordinal);

        // Password, then first-time authenticator enrolment with the key shown as text.
        await DemoStaffSignIn.SubmitPasswordAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "01-enrol-mfa.png") });
        // The password alone does not open the app.
        await page.GotoAsync("/Patients");
        await page.WaitForURLAsync("**/Account/EnrolMfa");
        await DemoStaffSignIn.EnrolAuthenticatorAsync(page);
        await page.WaitForURLAsync("**/Patients**");

        // A staff session with TOTP may use the API too (same roles and practice as the pages).
        var api = await page.Context.APIRequest.GetAsync("/api/v1/patients?limit=1");
        Assert.Equal(200, api.Status);

        // The demo practice's patients, the stage navigation and the practice switcher.
        Assert.True(await page.Locator("tbody tr").CountAsync() >= 10);
        foreach (var stage in new[] { "Front desk", "Documentation", "Coding", "Claims", "Payers", "Remittance", "Work queues", "Audit" })
            Assert.True(await page.Locator("nav.side").GetByText(stage, new() { Exact = true }).IsVisibleAsync(), stage);
        Assert.Equal("demo", await page.InputValueAsync("#practice"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "02-patients.png"), FullPage = true });

        await page.FillAsync("input[name=q]", "Whitf");
        await page.ClickAsync("form[role=search] button");
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        Assert.Contains("Whitfield", await page.TextContentAsync("tbody"), StringComparison.Ordinal);

        // A new patient: validation messages beside the fields, then saved.
        await page.GotoAsync("/Patients/Edit");
        await page.FillAsync("#lastName", "Newperson");
        await page.FillAsync("#birthDate", "2020-02-30");
        await page.ClickAsync("text=Save patient");
        Assert.Contains("YYYY-MM-DD", await page.TextContentAsync("#birthDate + .field-error"), StringComparison.Ordinal);
        await page.FillAsync("#birthDate", "2020-02-29");
        await page.ClickAsync("text=Save patient");
        Assert.Contains("Required", await page.TextContentAsync("#firstName + .field-error"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "03-validation.png"), FullPage = true });
        await page.FillAsync("#firstName", "Nova");
        await page.ClickAsync("text=Save patient");
        await page.WaitForSelectorAsync("[role=status]");

        // Insure the new patient.
        await page.ClickAsync("text=Add coverage");
        await page.SelectOptionAsync("#payer", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#memberId", "MNEW123");
        await page.FillAsync("#effectiveFrom", "2026-01-01");
        await page.ClickAsync("text=Save coverage");
        await page.WaitForSelectorAsync("[role=status]");
        Assert.Contains("MNEW123", await page.TextContentAsync("table"), StringComparison.Ordinal);
        var timeline = await page.TextContentAsync("table:last-of-type");
        Assert.Contains("coverage.created", timeline, StringComparison.Ordinal);
        Assert.Contains("patient.created", timeline, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "04-patient-with-coverage.png"), FullPage = true });

        // The demo user is an admin: the audit screen shows these changes with who and from where.
        await page.ClickAsync("nav.side >> text=Audit");
        await page.WaitForURLAsync("**/Audit");
        var audit = await page.TextContentAsync("tbody");
        Assert.Contains("coverage.created", audit, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", audit, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "05-audit.png"), FullPage = true });
    }
}
