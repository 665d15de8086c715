using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Persistence;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Audit;

/// <summary>The audit trail for auditors and admins, newest first.</summary>
public sealed class IndexModel(RcmDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Rows { get; private set; } = [];
    public string? EntityType { get; private set; }
    public string? NextCursor { get; private set; }

    public async Task OnGetAsync(string? entityType, string? cursor, CancellationToken ct)
    {
        EntityType = string.IsNullOrEmpty(entityType) ? null : entityType;
        var practice = User.RequirePracticeId();
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, 50, errors, out var page)) page = new PageRequest(0, 50);
        var q = db.AuditEntries.AsNoTracking().Where(a => a.PracticeId == practice);
        // Newest first: the cursor is the last id shown, and the next page holds smaller ids.
        if (page.AfterId > 0) q = q.Where(a => a.Id < page.AfterId);
        if (EntityType is not null) q = q.Where(a => a.EntityType == EntityType);
        var rows = await q.OrderByDescending(a => a.Id).Take(page.Limit + 1).ToListAsync(ct);
        var result = page.ToPage(rows, a => a.Id, a => a);
        Rows = result.Items;
        NextCursor = result.NextCursor;
    }
}
