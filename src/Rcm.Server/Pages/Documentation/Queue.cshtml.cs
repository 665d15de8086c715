using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Documentation;
using Rcm.Core.Persistence;
using Rcm.Core.WorkQueues;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Documentation;

/// <summary>Notes returned to their rendering providers (open documentation work items), grouped by provider.</summary>
[Authorize(Policy = DocumentationAccess.NotesRead)]
public sealed class QueueModel(RcmDbContext db) : PageModel
{
    public sealed record Item(long VisitId, string Code, string Reason, string Fix, DateTimeOffset CreatedAt);

    public IReadOnlyList<(string Provider, IReadOnlyList<Item> Items)> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var practice = User.RequirePracticeId();
        var rows = await (from w in db.WorkItems.AsNoTracking()
                          join a in db.Appointments on w.SubjectId equals a.Id
                          join pr in db.Providers on a.ProviderId equals pr.Id
                          where w.PracticeId == practice && w.Status == WorkItemStatus.Open && w.SubjectType == "appointment"
                                && (w.Queue == DocumentationQueues.ProviderDocumentation || w.Queue == DocumentationQueues.Unassigned)
                          orderby w.Id
                          select new { Provider = pr.LastName + ", " + pr.FirstName + " (" + pr.Credential + ")", w.SubjectId, w.Code, w.Reason, w.Fix, w.CreatedAt })
            .ToListAsync(ct);
        Groups = [.. rows.GroupBy(r => r.Provider).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Item>)[.. g.Select(r => new Item(r.SubjectId, r.Code, r.Reason, r.Fix, r.CreatedAt))]))];
    }
}
