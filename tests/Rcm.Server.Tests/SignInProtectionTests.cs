using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Rcm.Core.Security;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests;

/// <summary>Sign-in forms carry anti-forgery tokens, cookies are HTTP-only and SameSite, accounts lock after failed passwords.</summary>
public sealed partial class SignInProtectionTests(SqlitePlatform f) : IClassFixture<SqlitePlatform>
{
    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        using var client = f.Client((string?)null);
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@example.test", ["password"] = "whatever-1A" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_form_carries_a_token_in_an_http_only_same_site_cookie()
    {
        using var client = f.Client((string?)null);
        var response = await client.GetAsync("/Account/Login");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rcm_csrf=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_cookie_is_http_only()
    {
        var users = f.App.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = "lock@example.test", Email = "lock@example.test", DisplayName = "Lock Test" };
        Assert.True((await users.CreateAsync(user, "Right-password-1")).Succeeded);

        using var handler = new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = f.BaseAddress };
        for (var i = 0; i < 5; i++) await PostLogin(client, "lock@example.test", "Wrong-password-" + i);
        var (_, html) = await PostLogin(client, "lock@example.test", "Right-password-1");
        Assert.Contains("locked", html, StringComparison.Ordinal);

        var other = new StaffUser { UserName = "ok@example.test", Email = "ok@example.test", DisplayName = "Ok" };
        Assert.True((await users.CreateAsync(other, "Right-password-1")).Succeeded);
        var (response, _) = await PostLogin(client, "ok@example.test", "Right-password-1");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/EnrolMfa", response.Headers.Location?.OriginalString);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rcm_auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);

        // Password alone is not enough for the API either.
        var api = await client.GetAsync("/api/v1/patients");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    private static async Task<(HttpResponseMessage Response, string Html)> PostLogin(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/Account/Login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>The per-IP sign-in rate limit (own server, so its counter is not shared with other tests).</summary>
public sealed class SignInRateLimitTests(SqlitePlatform f) : IClassFixture<SqlitePlatform>
{
    [Fact]
    public async Task More_than_ten_sign_in_attempts_a_minute_get_429()
    {
        using var client = f.Client((string?)null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "a@b.c" }))).StatusCode);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
