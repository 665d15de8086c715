using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.Portal;

/// <summary>
/// Portal sign-in in real headless Chromium: password then TOTP or e-mailed code, wrong codes, lockout after N bad
/// attempts, session expiry on the simulated clock, and the redesigned layout with renamed fields.
/// </summary>
public sealed class PortalSignInTests : IClassFixture<PortalFixture>
{
    private readonly PortalFixture _fixture;

    public PortalSignInTests(PortalFixture fixture) => _fixture = fixture;

    private static string Totp(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(TimeProvider.System.GetUtcNow().UtcDateTime);

    internal static async Task SignInWithTotpAsync(IPage page, string payer, string user, string password, string secret, PortalNames names)
    {
        await page.GotoAsync($"/portal/{payer}/login");
        await page.FillAsync($"#{names.User}", user);
        await page.FillAsync($"#{names.Password}", password);
        await page.ClickAsync("#signin");
        // The next page shows either the code field or an error message; wait for whichever comes.
        await page.Locator($"#{names.Code}, #message").First.WaitForAsync();
        Assert.True(await page.Locator($"#{names.Code}").CountAsync() == 1, $"password step failed: {await page.InnerTextAsync("main")}");
        await page.FillAsync($"#{names.Code}", Totp(secret));
        await page.ClickAsync("#verify");
        await page.Locator("#welcome, #message").First.WaitForAsync();
        Assert.True(page.Url.EndsWith("/home", StringComparison.Ordinal), $"code step failed: {await page.InnerTextAsync("main")}");
    }

    [Fact]
    public async Task Password_then_totp_signs_in_to_the_commercial_portal()
    {
        IPage page = await _fixture.NewPageAsync();
        await SignInWithTotpAsync(page, "SBX01", "demo.biller", "Summit#2026", "JBSWY3DPEHPK3PXPSUMMIT22", PortalNames.Classic);
        Assert.Contains("demo.biller", await page.InnerTextAsync("#welcome"));
        Assert.Equal("Summit Provider Connect", await page.InnerTextAsync("header h1"));
        await PortalFixture.ShotAsync(page, "sbx01-home");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_totp_code_is_refused_and_the_page_says_so()
    {
        IPage page = await _fixture.NewPageAsync();
        await page.GotoAsync("/portal/SBX04/login");
        await page.FillAsync("#username", "demo.biller");
        await page.FillAsync("#password", "Harborlight#2026");
        await page.ClickAsync("#signin");
        await page.FillAsync("#otp", "000000");
        await page.ClickAsync("#verify");
        Assert.Contains("not correct", await page.InnerTextAsync("#message"));
        Assert.DoesNotContain("/home", page.Url);
        await page.Context.CloseAsync();
        await _fixture.Http.PostAsync("/control/portal/unlock", null);
    }

    [Fact]
    public async Task Emailed_code_from_the_outbox_signs_in_to_the_medicare_portal_with_its_own_field_names()
    {
        IPage page = await _fixture.NewPageAsync();
        await page.GotoAsync("/portal/SBX02/login");
        Assert.Equal(0, await page.Locator("#username").CountAsync());
        await page.FillAsync("#userId", "demo.biller");
        await page.FillAsync("#passcode", "Keystone#2026");
        await page.ClickAsync("#signin");
        await page.Locator("#verificationCode, #message").First.WaitForAsync();
        Assert.True(await page.Locator("#verificationCode").CountAsync() == 1, $"password step failed: {await page.InnerTextAsync("main")}");
        Assert.Contains("b******@demo-clinic.test", await page.InnerTextAsync("#mfa-prompt"));
        JsonElement outbox = await _fixture.Http.GetFromJsonAsync<JsonElement>("/outbox");
        JsonElement mail = outbox.EnumerateArray().Last(m => m.GetProperty("to").GetString() == "billing@demo-clinic.test");
        string code = Regex.Match(mail.GetProperty("body").GetString()!, @"\b(\d{6})\b").Groups[1].Value;
        await page.FillAsync("#verificationCode", code);
        await page.ClickAsync("#verify");
        await page.Locator("#welcome, #message").First.WaitForAsync();
        Assert.True(page.Url.EndsWith("/home", StringComparison.Ordinal), $"code {code} refused: {await page.InnerTextAsync("main")}");
        await PortalFixture.ShotAsync(page, "sbx02-home");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Account_locks_after_the_payers_number_of_bad_passwords_even_for_the_right_one()
    {
        IPage page = await _fixture.NewPageAsync();
        for (int i = 0; i < 3; i++)
        {
            await page.GotoAsync("/portal/SBX02/login");
            await page.FillAsync("#userId", "demo.totp");
            await page.FillAsync("#passcode", "wrong-" + i);
            await page.ClickAsync("#signin");
        }

        Assert.Contains("locked", await page.InnerTextAsync("#message"));
        await page.GotoAsync("/portal/SBX02/login");
        await page.FillAsync("#userId", "demo.totp");
        await page.FillAsync("#passcode", "Keystone#2026");
        await page.ClickAsync("#signin");
        Assert.Contains("locked", await page.InnerTextAsync("#message"));
        await PortalFixture.ShotAsync(page, "sbx02-locked");
        await _fixture.Http.PostAsync("/control/portal/unlock", null);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Session_expires_after_idle_minutes_on_the_simulated_clock()
    {
        IPage page = await _fixture.NewPageAsync();
        await SignInWithTotpAsync(page, "SBX03", "demo.biller", "Riverbend#2026", "MFRGGZDFMZTWQ2LKNNWG23TP", PortalNames.Alternate);
        await page.GotoAsync("/portal/SBX03/claims");
        Assert.Contains("/claims", page.Url);
        await _fixture.Http.PostAsJsonAsync("/control/clock/advance", new { minutes = 21 });
        await page.GotoAsync("/portal/SBX03/claims");
        Assert.Contains("/login?expired=1", page.Url);
        Assert.Contains("session has expired", await page.InnerTextAsync("#message"));
        await PortalFixture.ShotAsync(page, "sbx03-expired");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Redesign_switch_renames_fields_and_flips_tables_to_cards()
    {
        (await _fixture.Http.PostAsJsonAsync("/control/payers/SBX01/portal", new { layout = "redesign" })).EnsureSuccessStatusCode();
        try
        {
            IPage page = await _fixture.NewPageAsync();
            await page.GotoAsync("/portal/SBX01/login");
            Assert.Equal(0, await page.Locator("#username").CountAsync());
            Assert.Equal("Welcome back", await page.InnerTextAsync("main h2"));
            await SignInWithTotpAsync(page, "SBX01", "demo.biller", "Summit#2026", "JBSWY3DPEHPK3PXPSUMMIT22", PortalNames.Redesign);
            var active = Scenarios.Get("SBX01", "active");
            await page.GotoAsync($"/portal/SBX01/eligibility?member_number={active.MemberId}&date_of_birth={active.Person.BirthDate:MM/dd/yyyy}");
            Assert.Equal(1, await page.Locator("#v2-results .card").CountAsync());
            Assert.Equal(0, await page.Locator("table").CountAsync());
            await PortalFixture.ShotAsync(page, "sbx01-redesign-eligibility");
            await page.Context.CloseAsync();
        }
        finally
        {
            (await _fixture.Http.PostAsJsonAsync("/control/payers/SBX01/portal", new { layout = "standard" })).EnsureSuccessStatusCode();
        }
    }
}
