using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Rcm.Core.Security;
using Rcm.Server.Hosting;

namespace Rcm.Server.Pages.Account;

/// <summary>
/// First sign-in of a user without an authenticator: shows the shared key as text (no QR code: no external
/// libraries, and it works over a screen share), verifies one code, enables 2FA and signs in with amr=mfa.
/// </summary>
[EnableRateLimiting(PlatformServices.SignInRateLimit)]
public sealed class EnrolMfaModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    public string FormattedKey { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await CurrentUser();
        if (user is null) return RedirectToPage("/Account/Login");
        if (user.TwoFactorEnabled) return await Restart();
        await Show(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        var user = await CurrentUser();
        if (user is null) return RedirectToPage("/Account/Login");
        if (user.TwoFactorEnabled) return await Restart();
        var token = (code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, token))
        {
            Message = "That code is not valid. Check the key and your device's clock, then try again.";
            await Show(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return RedirectToPage("/Patients/Index");
    }

    private async Task<StaffUser?> CurrentUser() =>
        User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(User) : null;

    /// <summary>A user who already has an authenticator must sign in with it, not enrol again.</summary>
    private async Task<IActionResult> Restart()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }

    private async Task Show(StaffUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var sb = new StringBuilder();
        for (var i = 0; i < key!.Length; i += 4) sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        FormattedKey = sb.ToString().TrimEnd().ToLowerInvariant();
        Email = user.Email;
    }
}
