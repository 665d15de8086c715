using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Practice;

/// <summary>Switches the current practice (only to one the user belongs to); the choice lives in an HTTP-only cookie.</summary>
public sealed class SwitchModel(RcmDbContext db) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Patients/Index");

    public async Task<IActionResult> OnPostAsync(string name)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var allowed = await db.StaffMemberships.AnyAsync(m => m.UserId == userId && db.Practices.Any(p => p.Id == m.PracticeId && p.Name == name));
        if (allowed)
            Response.Cookies.Append(StaffClaimsTransformation.PracticeCookie, name,
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true });
        return RedirectToPage("/Patients/Index");
    }
}
