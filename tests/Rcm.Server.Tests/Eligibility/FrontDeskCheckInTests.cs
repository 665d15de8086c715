using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Rcm.Core.Intake;
using Rcm.Core.Shared;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests.Eligibility;

/// <summary>
/// End to end in headless Chromium against the real server and the in-process sandbox: the front desk cannot check a
/// patient in while the member id on file is wrong (the payer answers "not found"); after the coverage is corrected
/// the check passes, the benefits and estimated share show, and check-in succeeds.
/// </summary>
public sealed class FrontDeskCheckInTests(DemoPlatform f, SandboxPayer sandbox) : IClassFixture<DemoPlatform>, IClassFixture<SandboxPayer>
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Front_desk_cannot_check_in_until_the_coverage_is_fixed()
    {
        Directory.CreateDirectory(Shots);
        var now = DateTimeOffset.UtcNow;
        await sandbox.SetClockAsync(now); // the server runs on real time; the sandbox's calendar follows it here
        var startsAt = now.AddMinutes(5);
        var (visitId, patientId, coverageId) = await SeedAsync(startsAt);
        string day = startsAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = f.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        try
        {
            await DemoStaffSignIn.SignInAsync(page);
            var row = $"tr[data-appointment='{visitId}']";
            await page.GotoAsync("/FrontDesk?day=" + day);
            await page.ClickAsync($"{row} button[name=check-in]");
            await page.WaitForSelectorAsync("#message");
            var refused = await page.TextContentAsync("#message");
            Assert.Contains("Check-in refused", refused);
            Assert.Contains("Member id not found", refused);
            Assert.Contains("check the card", refused);
            Assert.Equal("needs action", await page.TextContentAsync($"{row} .state"));
            Assert.True(await page.Locator($"{row} form.override").IsVisibleAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "eligibility-01-refused.png"), FullPage = true });
            Assert.Equal(AppointmentStatus.Scheduled, await StatusAsync(visitId));

            // Fix the coverage from the card.
            await page.GotoAsync($"/Patients/Coverage?patientId={patientId}&id={coverageId}");
            await page.FillAsync("#memberId", "SCH900000001");
            await page.ClickAsync("text=Save coverage");
            await page.WaitForSelectorAsync("[role=status]");

            await page.GotoAsync("/FrontDesk?day=" + day);
            await page.ClickAsync($"{row} button[name=check]");
            await page.WaitForSelectorAsync("#message");
            Assert.Contains("Checked: Active", await page.TextContentAsync("#message"));
            Assert.Equal("clear", await page.TextContentAsync($"{row} .state"));
            // Copay 30 plus the rest of the 150 expected allowed amount toward the 1,500 deductible.
            Assert.Contains("Estimated patient share: 150.00", await page.TextContentAsync($"{row} .share"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "eligibility-02-clear.png"), FullPage = true });

            await page.ClickAsync($"{row} button[name=check-in]");
            await page.WaitForSelectorAsync("#message");
            Assert.Equal("Checked in.", await page.TextContentAsync("#message"));
            Assert.Equal("checked in", await page.TextContentAsync($"{row} .state"));
            Assert.Equal(AppointmentStatus.CheckedIn, await StatusAsync(visitId));
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "eligibility-failure.png"), FullPage = true });
            throw;
        }
    }

    private async Task<(long Visit, long Patient, long Coverage)> SeedAsync(DateTimeOffset startsAt)
    {
        await using var db = f.OpenDb();
        var practice = await db.Practices.SingleAsync(p => p.Name == "demo");
        var at = DateTimeOffset.UtcNow;
        var payer = new Payer(practice.Id, "Summit Commercial (sandbox)", "SBX01", [PlanType.Commercial], at);
        payer.Connect(ConnectivityMode.Sandbox, new Uri(sandbox.Handle.BaseUrl, "/payers/SBX01").ToString(), null, null, at);
        var patient = new Patient(practice.Id, "E2E-ELG-1", new PatientDetails("Jordan", "Whitfield", new DateOnly(1962, 6, 12), Sex.Male, null, null, null), at);
        db.AddRange(payer, patient);
        await db.SaveChangesAsync();
        // The member id is mistyped (one digit off): the payer will not find the member.
        var coverage = new Coverage(practice.Id, patient.Id, new CoverageTerms(payer.Id, "SCH900000010", null, PlanType.Commercial, SubscriberRelationship.Self,
            null, null, null, new DateOnly(2025, 1, 1), null, 1), at);
        db.Add(coverage);
        await db.SaveChangesAsync();
        var provider = await db.Providers.FirstAsync(p => p.PracticeId == practice.Id);
        var location = await db.Locations.FirstAsync(l => l.PracticeId == practice.Id);
        var visit = new Appointment(practice.Id, patient.Id, provider.Id, location.Id, coverage.Id, startsAt, 30, "99213", at);
        db.Add(visit);
        await db.SaveChangesAsync();
        return (visit.Id, patient.Id, coverage.Id);
    }

    private async Task<AppointmentStatus> StatusAsync(long id)
    {
        await using var db = f.OpenDb();
        return (await db.Appointments.SingleAsync(a => a.Id == id)).Status;
    }
}
