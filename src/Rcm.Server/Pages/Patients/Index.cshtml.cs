using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Patients;

/// <summary>Patient list and search; the same keyset paging and read auditing as the API.</summary>
public sealed class IndexModel(RcmDbContext db, AuditTrail audit) : PageModel
{
    public IReadOnlyList<Patient> Rows { get; private set; } = [];
    public string? Query { get; private set; }
    public string? NextCursor { get; private set; }

    public async Task OnGetAsync(string? q, string? cursor, CancellationToken ct)
    {
        Query = q;
        var practice = User.RequirePracticeId();
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, 25, errors, out var page)) page = new PageRequest(0, 25);
        var query = db.Patients.AsNoTracking().Where(p => p.PracticeId == practice && p.Id > page.AfterId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(p => p.LastName.ToLower().StartsWith(term) || p.FirstName.ToLower().StartsWith(term) || p.AccountNumber.ToLower() == term);
        }
        var rows = await query.OrderBy(p => p.Id).Take(page.Limit + 1).ToListAsync(ct);
        var result = page.ToPage(rows, p => p.Id, p => p);
        Rows = result.Items;
        NextCursor = result.NextCursor;
        await audit.RecordReadAsync(practice, "patient", null, q is null ? AuditActions.List : AuditActions.Search, "count=" + Rows.Count, ct);
    }
}
