using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Shared;

/// <summary>The practice switcher in the header: the practices the signed-in user belongs to.</summary>
public sealed class PracticeSwitcherViewComponent(RcmDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var practices = await db.StaffMemberships.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Practices, m => m.PracticeId, p => p.Id, (m, p) => new PracticeChoice(p.Name, p.DisplayName))
            .ToListAsync();
        return View(new PracticeSwitcherView(practices, UserClaimsPrincipal.FindFirstValue(RcmClaims.PracticeName)));
    }
}

/// <summary>What the switcher shows.</summary>
public sealed record PracticeSwitcherView(IReadOnlyList<PracticeChoice> Practices, string? Current);

/// <summary>One practice in the switcher.</summary>
public sealed record PracticeChoice(string Name, string DisplayName);
