using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Claims.Workflow;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Claims;

/// <summary>The coding queue (claims held by blocking findings, each finding with its fix) and the latest claims.</summary>
[Authorize(Policy = AccessPolicies.PatientsRead)]
public sealed class IndexModel(RcmDbContext db, AuditTrail audit) : PageModel
{
    public IReadOnlyList<ClaimRecord> Held { get; private set; } = [];
    public IReadOnlyList<ClaimRecord> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var practice = User.RequirePracticeId();
        Held = await db.ClaimRecords.AsNoTracking().Where(c => c.PracticeId == practice && c.Status == ClaimStatus.Held)
            .OrderBy(c => c.Id).Take(200).ToListAsync(ct);
        Latest = await db.ClaimRecords.AsNoTracking().Where(c => c.PracticeId == practice)
            .OrderByDescending(c => c.Id).Take(50).ToListAsync(ct);
        await audit.RecordReadAsync(practice, "claim", null, AuditActions.List, "page=claims;count=" + (Held.Count + Latest.Count), ct);
    }
}
