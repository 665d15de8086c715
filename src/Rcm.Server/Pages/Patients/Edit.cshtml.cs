using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Patients;

/// <summary>Create or edit a patient, with the patient's coverages. Writes need a role that may change patients.</summary>
public sealed class EditModel(RcmDbContext db, AuditTrail audit, TimeProvider time) : PageModel
{
    private Dictionary<string, string[]> _errors = [];

    [BindProperty(SupportsGet = false)]
    public PatientForm Form { get; set; } = new();

    public long? Id { get; private set; }
    public bool Saved { get; private set; }
    public IReadOnlyList<CoverageRow> Coverages { get; private set; } = [];
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public string? ErrorFor(string field) => _errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public async Task<IActionResult> OnGetAsync(long? id, bool saved, CancellationToken ct)
    {
        Saved = saved;
        if (id is null) return Page();
        var practice = User.RequirePracticeId();
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.PracticeId == practice, ct);
        if (patient is null) return NotFound();
        Id = id;
        Form = PatientForm.From(patient);
        await LoadCoverages(practice, id.Value, ct);
        Timeline = await PatientTimeline.LoadAsync(db, practice, id.Value, ct);
        await audit.RecordReadAsync(practice, "patient", id, AuditActions.Read, "ui", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        if (!AccessPolicies.RolesByPolicy[AccessPolicies.PatientsWrite].Contains(User.FindFirst(RcmClaims.Role)?.Value)) return Forbid();
        var practice = User.RequirePracticeId();
        Id = id;
        var errors = new RequestErrors();
        var details = Form.Validate(errors, time);
        var account = errors.Optional("accountNumber", Form.AccountNumber, 40);
        Patient? patient = null;
        if (id is not null)
        {
            patient = await db.Patients.SingleOrDefaultAsync(p => p.Id == id && p.PracticeId == practice, ct);
            if (patient is null) return NotFound();
        }
        else if (account is not null && await db.Patients.AnyAsync(p => p.PracticeId == practice && p.AccountNumber == account, ct))
        {
            errors.Add("accountNumber", "Another patient has this account number.");
        }
        if (details is null || errors.Any)
        {
            _errors = errors.ToDictionary();
            if (id is not null) await LoadCoverages(practice, id.Value, ct);
            return Page();
        }
        if (patient is null)
        {
            patient = new Patient(practice, account ?? "A" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)), details, time.GetUtcNow());
            db.Patients.Add(patient);
        }
        else
        {
            patient.Update(details, time.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Patients/Edit", new { id = patient.Id, saved = true });
    }

    private async Task LoadCoverages(long practice, long patientId, CancellationToken ct)
    {
        var rows = await db.Coverages.AsNoTracking().Where(c => c.PracticeId == practice && c.PatientId == patientId)
            .Join(db.Payers, c => c.PayerId, p => p.Id, (c, p) => new { Coverage = c, p.Name })
            .ToListAsync(ct);
        Coverages = rows.OrderBy(r => r.Coverage.Order).ThenBy(r => r.Coverage.Id).Select(r => new CoverageRow(r.Coverage, r.Name)).ToList();
    }
}

/// <summary>A coverage with its payer's name, for the patient page.</summary>
public sealed record CoverageRow(Coverage Coverage, string PayerName);
