using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Claims.Workflow;
using Rcm.Core.Persistence;
using Rcm.Server.Security;
using BusinessClaim = Rcm.Core.Claims.Claim;

namespace Rcm.Server.Pages.Claims;

/// <summary>
/// One claim: its lines, its findings in plain words with the fix, a modifier form per line (re-validated on save) and the
/// Submit button, which asks gate 3 again and is refused, with the findings shown, while any blocking finding exists.
/// </summary>
[Authorize(Policy = AccessPolicies.PatientsRead)]
public sealed class ClaimModel(RcmDbContext db, ClaimWorkflow workflow, AuditTrail audit, IAuthorizationService authorization) : PageModel
{
    public ClaimRecord Record { get; private set; } = null!;
    public BusinessClaim Claim { get; private set; } = null!;

    /// <summary>Set after a refused submit: the page shows the blocking findings as the reason.</summary>
    public bool SubmitRefused { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await audit.RecordReadAsync(Record.PracticeId, "claim", id, AuditActions.Read, "page=claim", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken ct)
    {
        if (!await CanWriteAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Record.Status == ClaimStatus.QueuedForSubmission)
        {
            Error = "This claim is already queued for submission.";
            return Page();
        }

        var queued = await workflow.SubmitAsync(Record, ct);
        await db.SaveChangesAsync(ct);
        if (!queued)
        {
            SubmitRefused = true;
            return Page();
        }

        Notice = "Submit accepted: the claim passed every blocking edit and is queued for submission.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostModifiersAsync(long id, int line, string? modifiers, CancellationToken ct)
    {
        if (!await CanWriteAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        var target = Claim.Lines.FirstOrDefault(l => l.Number == line);
        if (target is null) return NotFound();
        var list = (modifiers ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => m.ToUpperInvariant()).ToList();
        if (list.Count > 4 || list.Any(m => m.Length != 2 || !m.All(char.IsAsciiLetterOrDigit)))
        {
            Error = "Modifiers are up to four codes of two letters or digits, separated by commas or spaces (e.g. HM or 59, XU).";
            return Page();
        }

        if (Record.Status == ClaimStatus.QueuedForSubmission)
        {
            Error = "This claim is queued for submission and can no longer be changed.";
            return Page();
        }

        target.Modifiers = list;
        await workflow.ReviseAsync(Record, Claim, ct);
        await db.SaveChangesAsync(ct);
        Notice = $"Line {line} saved and the claim re-validated.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var practice = User.RequirePracticeId();
        var record = await db.ClaimRecords.SingleOrDefaultAsync(c => c.Id == id && c.PracticeId == practice, ct);
        if (record is null) return false;
        Record = record;
        Claim = record.ReadClaim();
        return true;
    }

    private async Task<bool> CanWriteAsync() => (await authorization.AuthorizeAsync(User, AccessPolicies.WorkWrite)).Succeeded;
}
