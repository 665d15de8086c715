using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Rcm.Core.Security;
using Rcm.Server.Hosting;

namespace Rcm.Server.Pages.Account;

/// <summary>Step two of sign-in: the TOTP code (Identity's authenticator token provider; failures count toward lockout).</summary>
[EnableRateLimiting(PlatformServices.SignInRateLimit)]
public sealed class LoginMfaModel(SignInManager<StaffUser> signIn) : PageModel
{
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/Account/Login");
        var result = await signIn.TwoFactorAuthenticatorSignInAsync((code ?? "").Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded) return RedirectToPage("/Patients/Index");
        Message = result.IsLockedOut ? "Too many failed attempts: this account is locked for 15 minutes." : "That code is not valid. Codes change every 30 seconds.";
        return Page();
    }
}
