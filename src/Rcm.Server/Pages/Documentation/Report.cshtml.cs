using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Storage;
using Rcm.Core.Persistence;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Documentation;

/// <summary>Incomplete notes by provider and field: which habits (or template fields) keep notes from being signed.</summary>
[Authorize(Policy = DocumentationAccess.NotesRead)]
public sealed class ReportModel(RcmDbContext db, VisitDocumentation docs) : PageModel
{
    public IncompleteNoteReport Report { get; private set; } = IncompleteNoteReport.Build([]);
    public IReadOnlyDictionary<long, string> Providers { get; private set; } = new Dictionary<long, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var practice = User.RequirePracticeId();
        Report = await docs.ReportAsync(practice, ct);
        Providers = await db.Providers.AsNoTracking().Where(p => p.PracticeId == practice)
            .ToDictionaryAsync(p => p.Id, p => $"{p.LastName}, {p.FirstName}", ct);
    }

    public string Name(long providerId) => Providers.GetValueOrDefault(providerId, $"provider {providerId}");
}
