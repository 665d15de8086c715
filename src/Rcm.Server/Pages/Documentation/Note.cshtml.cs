using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Documentation.Storage;
using Rcm.Core.Documentation.Templates;
using Rcm.Core.Shared;
using Rcm.Server.Api;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.Documentation;

/// <summary>
/// A visit's note as a short form generated from its pinned template: high-risk fields first and marked, the template's
/// "why" as help, each finding in plain words beside its field. Sign refuses an incomplete note and lists what is missing;
/// a signed, complete note shows the visit as ready for coding, and can be amended with a reason.
/// </summary>
[Authorize(Policy = DocumentationAccess.NotesRead)]
public sealed class NoteModel(VisitDocumentation docs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long VisitId { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public string? TemplateId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public VisitContext? Visit { get; private set; }
    public VisitNote? Note { get; private set; }
    public ResolvedTemplate? Template { get; private set; }
    public IReadOnlyList<ResolvedTemplate> Choices { get; private set; } = [];
    public string? SuggestedId { get; private set; }
    public IReadOnlyList<DocumentationFinding> Findings { get; private set; } = [];

    /// <summary>Set when signing was refused: the findings that stopped it.</summary>
    public IReadOnlyList<DocumentationFinding>? Refused { get; private set; }
    public bool ReadyForCoding { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }
    public bool CanWrite => DocumentationAccess.RolesByPolicy[DocumentationAccess.NotesWrite].Contains(User.FindFirst(RcmClaims.Role)?.Value);

    /// <summary>Fields in form order: high-risk first (they decide payment), the signature last (it is filled by signing).</summary>
    public IEnumerable<TemplateField> FormFields => Template is null ? [] :
        Template.Fields.Where(f => !f.SignsNote).OrderByDescending(f => f.HighRisk).ThenBy(f => Template.Position(f.Id));

    /// <summary>Telehealth fields are required by the telehealth check, not by a flag: say so beside them (modality, location, consent).</summary>
    public bool RequiredForTelehealth(TemplateField field) =>
        Template is not null && Template.Checks.OfType<Rcm.Core.Documentation.Checks.TelehealthCheck>().Any(t => t.ReferencedFields().Take(3).Contains(field.Id));

    public IEnumerable<DocumentationFinding> FindingsFor(string fieldId) => Findings.Where(f => f.FieldId == fieldId);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Note is not null) await docs.RecordReadAsync(Note.PracticeId, VisitId, $"page;note={Note.Id};version={Note.Version}", ct);
        return Page();
    }

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) => WriteAsync(async () =>
    {
        Note = await docs.StartAsync(Visit!, TemplateId, ct);
        Message = "Note started.";
    }, ct);

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => WriteAsync(async () =>
    {
        await docs.SetValuesAsync(Note!, ChangedValues(), ct);
        Message = "Saved.";
    }, ct);

    public Task<IActionResult> OnPostSignAsync(CancellationToken ct) => WriteAsync(async () =>
    {
        var changes = ChangedValues();
        if (changes.Count > 0) await docs.SetValuesAsync(Note!, changes, ct);
        var outcome = await docs.SignAsync(Note!, Note!.RenderingProviderId, ct);
        if (outcome.Signed) Message = "Signed.";
        else Refused = [.. outcome.Report.Blocking];
    }, ct);

    public Task<IActionResult> OnPostAmendAsync(CancellationToken ct) => WriteAsync(async () =>
    {
        if (string.IsNullOrWhiteSpace(Reason))
        {
            Error = "Say why the signed note is amended.";
            return;
        }

        Note = await docs.AmendAsync(Note!, Reason, ct);
        Message = "Amendment started: edit the fields and sign again.";
    }, ct);

    private async Task<IActionResult> WriteAsync(Func<Task> action, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        if (!await LoadAsync(ct)) return NotFound();
        try
        {
            await action();
        }
        catch (Exception e) when (e is DocumentationRequestException or InvalidTransitionException)
        {
            Error = e.Message;
        }

        var refused = Refused;
        await LoadAsync(ct);
        Refused = refused;
        return Page();
    }

    /// <summary>Only the fields whose posted value differs from the note's, so a save names what changed.</summary>
    private Dictionary<string, string?> ChangedValues()
    {
        var current = Note?.Values ?? new Dictionary<string, string>();
        return Values
            .Where(kv => Template?.Field(kv.Key) is { SignsNote: false })
            .Where(kv => (string.IsNullOrWhiteSpace(kv.Value) ? null : kv.Value.Trim()) != current.GetValueOrDefault(kv.Key))
            .ToDictionary(kv => kv.Key, kv => string.IsNullOrWhiteSpace(kv.Value) ? null : kv.Value.Trim());
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var practice = User.RequirePracticeId();
        Visit = await docs.FindVisitAsync(practice, VisitId, ct);
        if (Visit is null) return false;
        Note = await docs.CurrentNoteAsync(practice, VisitId, ct);
        if (Note is null)
        {
            Choices = await docs.TemplatesForAsync(Visit, ct);
            SuggestedId = VisitDocumentation.Suggest(Visit, Choices)?.Template.Id;
            return true;
        }

        Template = await docs.PinnedAsync(Note, ct);
        Findings = Note.Status == NoteStatus.Draft ? (await docs.CheckAsync(Note, ct)).Findings : [];
        ReadyForCoding = Note.Status == NoteStatus.Signed
            && new CompletenessChecker(await docs.CatalogAsync(practice, ct)).CheckForCoding(Note).IsComplete;
        return true;
    }
}
