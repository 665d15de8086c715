using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Documentation.Storage;
using Rcm.Core.Persistence;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Documentation;

/// <summary>The practice's visits with the state of their notes: none, draft, signed, ready for coding.</summary>
[Authorize(Policy = DocumentationAccess.NotesRead)]
public sealed class IndexModel(RcmDbContext db, VisitDocumentation docs) : PageModel
{
    public sealed record Row(long VisitId, DateTimeOffset StartsAt, string Patient, string Provider, string? ServiceCode, string NoteState, bool Ready);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var practice = User.RequirePracticeId();
        var visits = await (from a in db.Appointments.AsNoTracking()
                            join p in db.Patients on a.PatientId equals p.Id
                            join pr in db.Providers on a.ProviderId equals pr.Id
                            where a.PracticeId == practice
                            orderby a.Id
                            select new { a.Id, a.StartsAt, Patient = p.LastName + ", " + p.FirstName, Provider = pr.LastName + ", " + pr.FirstName, a.ServiceCode })
            .Take(200).ToListAsync(ct);
        var notes = (await docs.CurrentNotesAsync(practice, ct)).ToDictionary(n => n.Note.VisitId);
        Rows = [.. visits.Select(v => notes.TryGetValue(v.Id, out var n)
            ? new Row(v.Id, v.StartsAt, v.Patient, v.Provider, v.ServiceCode, n.ReadyForCoding ? "Ready for coding" : n.Note.Status.ToString(), n.ReadyForCoding)
            : new Row(v.Id, v.StartsAt, v.Patient, v.Provider, v.ServiceCode, "No note", false))];
    }
}
