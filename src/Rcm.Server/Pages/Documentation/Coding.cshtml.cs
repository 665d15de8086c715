using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Documentation.Storage;
using Rcm.Core.Persistence;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Documentation;

/// <summary>Visits that passed gate 2 (note signed and complete): the coding stage's work list until it has its own.</summary>
[Authorize(Policy = DocumentationAccess.NotesRead)]
public sealed class CodingModel(RcmDbContext db, VisitDocumentation docs) : PageModel
{
    public sealed record Row(long VisitId, string Patient, string Provider, string TemplateId, int Version, DateTimeOffset? SignedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var practice = User.RequirePracticeId();
        var ready = (await docs.CurrentNotesAsync(practice, ct)).Where(n => n.ReadyForCoding).Select(n => n.Note).ToList();
        var ids = ready.Select(n => n.VisitId).ToList();
        var names = await (from a in db.Appointments.AsNoTracking()
                           join p in db.Patients on a.PatientId equals p.Id
                           join pr in db.Providers on a.ProviderId equals pr.Id
                           where a.PracticeId == practice && ids.Contains(a.Id)
                           select new { a.Id, Patient = p.LastName + ", " + p.FirstName, Provider = pr.LastName + ", " + pr.FirstName })
            .ToDictionaryAsync(x => x.Id, ct);
        Rows = [.. ready.OrderBy(n => n.SignedAt).Select(n => new Row(n.VisitId, names[n.VisitId].Patient, names[n.VisitId].Provider, n.Pin.TemplateId, n.Version, n.SignedAt))];
    }
}
