using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Documentation.Templates;
using Rcm.Core.Persistence;
using Rcm.Core.Shared;
using Rcm.Core.WorkQueues;

namespace Rcm.Core.Documentation.Storage;

/// <summary>
/// The documentation stage over the database, shared by the API and the web pages: start, edit, check, sign and amend a
/// visit's note, answer gate 2, and build the incomplete-notes report. Notes are PHI: every read and write appends an
/// audit row (entity <c>visit_note</c>, id = the visit; details name note ids, versions and fields, never values).
/// Incomplete notes are routed back as work items in the rendering provider's documentation queue.
/// </summary>
public sealed class VisitDocumentation(RcmDbContext db, PracticeTemplates templates, IActorContext actor, TimeProvider time)
{
    public const string AuditEntity = "visit_note";

    /// <summary>The visit with its rendering provider and payer code, or null when the practice has no such visit.</summary>
    public async Task<VisitContext?> FindVisitAsync(long practiceId, long visitId, CancellationToken ct)
    {
        var visit = await db.Appointments.SingleOrDefaultAsync(a => a.Id == visitId && a.PracticeId == practiceId, ct);
        if (visit is null)
        {
            return null;
        }

        var provider = await db.Providers.SingleAsync(p => p.Id == visit.ProviderId && p.PracticeId == practiceId, ct);
        string? payerCode = null;
        if (visit.CoverageId is { } coverageId)
        {
            payerCode = await (from c in db.Coverages
                               join p in db.Payers on c.PayerId equals p.Id
                               where c.Id == coverageId && c.PracticeId == practiceId
                               select p.PayerCode).SingleOrDefaultAsync(ct);
        }

        return new VisitContext(visit, provider, payerCode);
    }

    public Task<TemplateCatalog> CatalogAsync(long practiceId, CancellationToken ct) => templates.CatalogAsync(db, practiceId, time.GetUtcNow(), ct);

    /// <summary>Every template a note started now for this visit could use, with the visit's payer overlay applied.</summary>
    public async Task<IReadOnlyList<ResolvedTemplate>> TemplatesForAsync(VisitContext visit, CancellationToken ct)
    {
        var catalog = await CatalogAsync(visit.Visit.PracticeId, ct);
        var now = time.GetUtcNow();
        var list = new List<ResolvedTemplate>();
        foreach (var id in catalog.Templates.Select(t => t.Id).Distinct())
        {
            if (catalog.TryResolveForNewNote(id, visit.PayerCode, now, out var resolved))
            {
                list.Add(resolved);
            }
        }

        return list;
    }

    /// <summary>The template whose service-code field allows the visit's planned service code (the visit's service line), if one does.</summary>
    public static ResolvedTemplate? Suggest(VisitContext visit, IReadOnlyList<ResolvedTemplate> candidates) =>
        visit.Visit.ServiceCode is not { Length: > 0 } code
            ? null
            : candidates.FirstOrDefault(t => t.Fields.Any(f => f.Role == FieldRole.ServiceCode && f.Allowed.Contains(code, StringComparer.OrdinalIgnoreCase)));

    /// <summary>The newest version of the visit's note (tracked, so it can be changed), or null.</summary>
    public Task<VisitNote?> CurrentNoteAsync(long practiceId, long visitId, CancellationToken ct) =>
        db.Set<VisitNote>().Where(n => n.PracticeId == practiceId && n.VisitId == visitId).OrderByDescending(n => n.Version).FirstOrDefaultAsync(ct);

    /// <summary>Every version of the visit's note, oldest first.</summary>
    public async Task<IReadOnlyList<VisitNote>> VersionsAsync(long practiceId, long visitId, CancellationToken ct) =>
        await db.Set<VisitNote>().AsNoTracking().Where(n => n.PracticeId == practiceId && n.VisitId == visitId).OrderBy(n => n.Version).ToListAsync(ct);

    /// <summary>Records that someone read a visit's note (or notes), and saves at once.</summary>
    public async Task RecordReadAsync(long practiceId, long? visitId, string? detail, CancellationToken ct)
    {
        Audit(practiceId, visitId, visitId is null ? AuditActions.List : AuditActions.Read, detail);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Starts the visit's note on <paramref name="templateId"/> (or the suggested template).</summary>
    /// <exception cref="InvalidTransitionException">The visit already has a note.</exception>
    /// <exception cref="DocumentationRequestException">No such template for new notes, or none suggested.</exception>
    public async Task<VisitNote> StartAsync(VisitContext visit, string? templateId, CancellationToken ct)
    {
        var practice = visit.Visit.PracticeId;
        if (await CurrentNoteAsync(practice, visit.Visit.Id, ct) is not null)
        {
            throw new InvalidTransitionException(AuditEntity, "This visit already has a note; edit it, or amend it once signed.");
        }

        var candidates = await TemplatesForAsync(visit, ct);
        var template = templateId is { Length: > 0 }
            ? candidates.FirstOrDefault(t => t.Template.Id == templateId)
                ?? throw new DocumentationRequestException("templateId", $"No template '{templateId}' is in effect for new notes.")
            : Suggest(visit, candidates)
                ?? throw new DocumentationRequestException("templateId", "No template matches the visit's service code; choose one.");
        var now = time.GetUtcNow();
        var note = VisitNote.Start(practice, visit.Visit.Id, visit.PayerCode, template, visit.RenderingProvider.Id,
            Credential.Of(visit.RenderingProvider.Credential), actor.Actor, now);
        db.Add(note);
        Audit(practice, visit.Visit.Id, "visit_note.started", $"note={note.Id};version=1;pin={template.Pin}");
        await db.SaveChangesAsync(ct);
        return note;
    }

    /// <summary>Sets or clears values of the draft; only fields of its template are accepted.</summary>
    /// <exception cref="InvalidTransitionException">The note is signed or amended.</exception>
    public async Task SetValuesAsync(VisitNote note, IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        RequireDraft(note, "changed");
        var template = await PinnedAsync(note, ct);
        var unknown = values.Keys.Where(k => template.Field(k) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new DocumentationRequestException("values", $"The {template.Template.Id} template has no field {string.Join(", ", unknown.Select(u => $"'{u}'"))}.");
        }

        if (template.SignatureField is { } signature && values.ContainsKey(signature.Id))
        {
            throw new DocumentationRequestException("values", $"'{signature.Id}' is filled by signing the note, not by a value.");
        }

        note.SetValues(values, actor.Actor, time.GetUtcNow());
        Audit(note.PracticeId, note.VisitId, "visit_note.values_set", $"note={note.Id};fields={string.Join(",", values.Keys.Order(StringComparer.Ordinal))}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The signing check for the rendering provider: what signing would say now.</summary>
    public async Task<CompletenessReport> CheckAsync(VisitNote note, CancellationToken ct) =>
        new CompletenessChecker(await CatalogAsync(note.PracticeId, ct)).CheckForSigning(note, note.RenderingProviderId);

    /// <summary>
    /// Signs for <paramref name="signerProviderId"/>. A complete note is signed and frozen, and the visit's open
    /// documentation work items are resolved; an incomplete one stays a draft and goes back to the provider's queue.
    /// </summary>
    /// <exception cref="InvalidTransitionException">The note is not a draft.</exception>
    public async Task<SignOutcome> SignAsync(VisitNote note, long signerProviderId, CancellationToken ct)
    {
        RequireDraft(note, "signed");
        var catalog = await CatalogAsync(note.PracticeId, ct);
        var outcome = new NoteSigning(new CompletenessChecker(catalog), new DocumentationRouter(), time).Sign(note, signerProviderId);
        var codes = string.Join(",", outcome.Report.Blocking.Select(f => f.Code).Distinct());
        if (outcome.Signed)
        {
            Audit(note.PracticeId, note.VisitId, "visit_note.signed", $"note={note.Id};version={note.Version};signer=provider:{signerProviderId}");
            await ResolveOpenItemsAsync(note.PracticeId, note.VisitId, ct);
        }
        else
        {
            Audit(note.PracticeId, note.VisitId, "visit_note.sign_refused", $"note={note.Id};codes={codes}");
            await RouteAsync(outcome.WorkItem!, ct);
        }

        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>Starts an amendment of the signed note: a new draft version, with the reason on record.</summary>
    /// <exception cref="InvalidTransitionException">The newest version is not signed.</exception>
    public async Task<VisitNote> AmendAsync(VisitNote note, string reason, CancellationToken ct)
    {
        if (note.Status != NoteStatus.Signed)
        {
            throw new InvalidTransitionException(AuditEntity, $"Only a signed note can be amended; this one is {Describe(note.Status)}.");
        }

        var amendment = note.Amend(actor.Actor, reason, time.GetUtcNow());
        db.Add(amendment);
        // The reason may name clinical facts; the audit row keeps its length, the note keeps the text.
        Audit(note.PracticeId, note.VisitId, "visit_note.amended", $"note={note.Id};new={amendment.Id};version={amendment.Version};reasonLength={reason.Trim().Length}");
        await db.SaveChangesAsync(ct);
        return amendment;
    }

    /// <summary>Gate 2 for a visit: may coding start? A refusal is routed to the provider's documentation queue.</summary>
    public async Task<GateDecision> GateAsync(VisitContext visit, CancellationToken ct)
    {
        var practice = visit.Visit.PracticeId;
        var note = await CurrentNoteAsync(practice, visit.Visit.Id, ct);
        var catalog = await CatalogAsync(practice, ct);
        var decision = new DocumentationGate(new CompletenessChecker(catalog), new DocumentationRouter(), time)
            .Evaluate(practice, visit.Visit.Id, visit.RenderingProvider.Id, note);
        Audit(practice, visit.Visit.Id, "visit_note.gate", $"allowed={decision.Allowed};note={decision.NoteId}");
        if (decision.WorkItem is { } item)
        {
            await RouteAsync(item, ct);
        }

        await db.SaveChangesAsync(ct);
        return decision;
    }

    /// <summary>Which fields keep notes incomplete, by provider, over the newest version of every note of the practice.</summary>
    public async Task<IncompleteNoteReport> ReportAsync(long practiceId, CancellationToken ct)
    {
        var catalog = await CatalogAsync(practiceId, ct);
        var checker = new CompletenessChecker(catalog);
        var notes = await db.Set<VisitNote>().AsNoTracking().Where(n => n.PracticeId == practiceId && n.SupersededByNoteId == null).ToListAsync(ct);
        var report = IncompleteNoteReport.Build(notes.Select(n => (n, n.Status == NoteStatus.Draft ? checker.CheckForSigning(n, n.RenderingProviderId) : checker.CheckForCoding(n))));
        await RecordReadAsync(practiceId, null, $"report;notes={notes.Count}", ct);
        return report;
    }

    /// <summary>
    /// The newest note version of each visit that has one, with whether gate 2 would let it through now (signed and
    /// complete: the visit moves on to coding). A read-only view for lists; <see cref="GateAsync"/> is the real gate.
    /// </summary>
    public async Task<IReadOnlyList<(VisitNote Note, bool ReadyForCoding)>> CurrentNotesAsync(long practiceId, CancellationToken ct)
    {
        var checker = new CompletenessChecker(await CatalogAsync(practiceId, ct));
        var notes = await db.Set<VisitNote>().AsNoTracking().Where(n => n.PracticeId == practiceId && n.SupersededByNoteId == null).ToListAsync(ct);
        await RecordReadAsync(practiceId, null, $"list;notes={notes.Count}", ct);
        return [.. notes.Select(n => (n, n.Status == NoteStatus.Signed && checker.CheckForCoding(n).IsComplete))];
    }

    public async Task<ResolvedTemplate> PinnedAsync(VisitNote note, CancellationToken ct)
    {
        var catalog = await CatalogAsync(note.PracticeId, ct);
        return catalog.TryResolvePinned(note.Pin, out var template)
            ? template
            : throw new InvalidOperationException($"Note {note.Id} is pinned to {note.Pin}, which the practice's catalog lacks.");
    }

    private static void RequireDraft(VisitNote note, string verb)
    {
        if (note.Status != NoteStatus.Draft)
        {
            throw new InvalidTransitionException(AuditEntity, $"A {Describe(note.Status)} note cannot be {verb}; start an amendment instead.");
        }
    }

    private static string Describe(NoteStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Stores the routing decision; the visit keeps one open item per queue, carrying the latest findings.</summary>
    private async Task RouteAsync(DocumentationWorkItem item, CancellationToken ct)
    {
        await ResolveOpenItemsAsync(item.PracticeId, item.VisitId, ct);
        db.WorkItems.Add(new WorkItem(item.PracticeId, item.Queue, item.Code, item.Summary, item.Fix, "appointment", item.VisitId, item.CreatedAt));
    }

    private async Task ResolveOpenItemsAsync(long practiceId, long visitId, CancellationToken ct)
    {
        var open = await db.WorkItems
            .Where(w => w.PracticeId == practiceId && w.SubjectType == "appointment" && w.SubjectId == visitId && w.Status == WorkItemStatus.Open
                        && (w.Queue == DocumentationQueues.ProviderDocumentation || w.Queue == DocumentationQueues.Unassigned))
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var w in open)
        {
            w.Resolve(now);
        }
    }

    private void Audit(long practiceId, long? visitId, string action, string? detail) =>
        db.AuditEntries.Add(new AuditEntry(practiceId, time.GetUtcNow(), actor.Actor, actor.Ip, action, AuditEntity, visitId,
            detail is { Length: > 500 } ? detail[..500] : detail));
}
