using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Account;

/// <summary>Access denied; a user who only passed the password step is sent on to finish two-step sign-in.</summary>
public sealed class DeniedModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true && !User.HasClaim(RcmClaims.Strong, "true")) return RedirectToPage("/Account/EnrolMfa");
        return Page();
    }
}
