using Microsoft.Playwright;
using OtpNet;
using Rcm.Server.Demo;

namespace Rcm.Server.Tests.Support;

/// <summary>
/// Signs the demo practice's staff user in through the web UI. On a fresh database the first sign-in must enrol an
/// authenticator: the page shows the key as text, and the code is computed from it here as an authenticator app would.
/// </summary>
public static class DemoStaffSignIn
{
    /// <summary>From the sign-in page to the landing page (the patient list), enrolling the authenticator on the way.</summary>
    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await SubmitPasswordAsync(page);
        await EnrolAuthenticatorAsync(page);
        await page.WaitForURLAsync("**/Patients**");
    }

    /// <summary>On the sign-in page: the demo user's e-mail and password, then waits for the enrolment page.</summary>
    public static async Task SubmitPasswordAsync(IPage page)
    {
        await page.FillAsync("#email", DemoPracticeSeeder.UserEmail);
        await page.FillAsync("#password", DemoPracticeSeeder.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/Account/EnrolMfa");
    }

    /// <summary>On the enrolment page: reads the key shown, submits the current TOTP code. The caller waits for where it lands.</summary>
    public static async Task EnrolAuthenticatorAsync(IPage page)
    {
        var key = (await page.TextContentAsync("#authenticator-key"))!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.FillAsync("#code", new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        await page.ClickAsync("button[type=submit]");
    }
}
