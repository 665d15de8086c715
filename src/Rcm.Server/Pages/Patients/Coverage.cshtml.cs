using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Patients;

/// <summary>Create or edit one coverage of a patient.</summary>
public sealed class CoverageModel(RcmDbContext db, AuditTrail audit, TimeProvider time) : PageModel
{
    private Dictionary<string, string[]> _errors = [];

    [BindProperty]
    public CoverageForm Form { get; set; } = new();

    public long PatientId { get; private set; }
    public long? Id { get; private set; }
    public IReadOnlyList<Payer> Payers { get; private set; } = [];

    public string? ErrorFor(string field) => _errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public async Task<IActionResult> OnGetAsync(long patientId, long? id, CancellationToken ct)
    {
        var practice = User.RequirePracticeId();
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.PracticeId == practice, ct)) return NotFound();
        (PatientId, Id) = (patientId, id);
        if (id is not null)
        {
            var c = await db.Coverages.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.PatientId == patientId && x.PracticeId == practice, ct);
            if (c is null) return NotFound();
            Form = CoverageForm.From(c);
            await audit.RecordReadAsync(practice, "coverage", id, AuditActions.Read, "ui", ct);
        }
        await LoadPayers(practice, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long patientId, long? id, CancellationToken ct)
    {
        if (!AccessPolicies.RolesByPolicy[AccessPolicies.PatientsWrite].Contains(User.FindFirst(RcmClaims.Role)?.Value)) return Forbid();
        var practice = User.RequirePracticeId();
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.PracticeId == practice, ct)) return NotFound();
        (PatientId, Id) = (patientId, id);
        var errors = new RequestErrors();
        var terms = Form.Validate(errors);
        if (terms is not null && !await db.Payers.AnyAsync(p => p.Id == terms.PayerId && p.PracticeId == practice, ct)) errors.Add("payerId", "Choose one of this practice's payers.");
        if (terms is null || errors.Any)
        {
            _errors = errors.ToDictionary();
            await LoadPayers(practice, ct);
            return Page();
        }
        if (id is null)
        {
            db.Coverages.Add(new Coverage(practice, patientId, terms, time.GetUtcNow()));
        }
        else
        {
            var c = await db.Coverages.SingleOrDefaultAsync(x => x.Id == id && x.PatientId == patientId && x.PracticeId == practice, ct);
            if (c is null) return NotFound();
            c.Update(terms, time.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Patients/Edit", new { id = patientId, saved = true });
    }

    private async Task LoadPayers(long practice, CancellationToken ct) =>
        Payers = await db.Payers.AsNoTracking().Where(p => p.PracticeId == practice && p.IsActive).OrderBy(p => p.Name).ToListAsync(ct);
}
