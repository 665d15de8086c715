using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Rcm.Core.Security;
using Rcm.Server.Hosting;

namespace Rcm.Server.Pages.Account;

/// <summary>
/// Step one of sign-in: password, with Identity's per-account lockout and a per-IP rate limit. Step two is TOTP
/// (<see cref="LoginMfaModel"/>) or, for a user without an authenticator yet, enrolment (<see cref="EnrolMfaModel"/>).
/// </summary>
[EnableRateLimiting(PlatformServices.SignInRateLimit)]
public sealed class LoginModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    public string? Message { get; private set; }
    public string? Email { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? email, string? password)
    {
        Email = email;
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null || string.IsNullOrEmpty(password))
        {
            Message = "Wrong e-mail or password.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/LoginMfa");
        if (result.Succeeded) return RedirectToPage("/Account/EnrolMfa");
        Message = result.IsLockedOut ? "Too many failed attempts: this account is locked for 15 minutes." : "Wrong e-mail or password.";
        return Page();
    }
}
