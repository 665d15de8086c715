using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Documentation.Storage;
using Rcm.Core.Documentation.Templates;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary>
/// The documentation stage beyond one note: the templates a visit's note may use (payer overlay applied), gate 2's
/// answer for a visit (what coding calls), the incomplete-notes report, and the practice's template and overlay
/// versions with publishing of new ones.
/// </summary>
public static class DocumentationApi
{
    public static IEndpointRouteBuilder MapDocumentationApi(this IEndpointRouteBuilder app)
    {
        var visit = app.MapGroup("/api/v1/appointments/{id:long}").WithTags("Documentation");
        visit.MapGet("/documentation-templates", TemplatesForVisit).RequireAuthorization(DocumentationAccess.NotesRead);
        visit.MapGet("/documentation-gate", Gate).RequireAuthorization(DocumentationAccess.NotesRead);

        var g = app.MapGroup("/api/v1/documentation").WithTags("Documentation");
        g.MapGet("/report", Report).RequireAuthorization(DocumentationAccess.NotesRead);
        g.MapGet("/definitions", Definitions).RequireAuthorization(DocumentationAccess.NotesRead);
        g.MapPost("/definitions", Publish).RequireAuthorization(DocumentationAccess.TemplatesPublish).AddEndpointFilter<IdempotencyFilter>();
        app.MapNotesApi();
        return app;
    }

    private static async Task<Results<Ok<List<TemplateResponse>>, NotFound>> TemplatesForVisit(long id, ClaimsPrincipal user, VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is not { } visit) return TypedResults.NotFound();
        var templates = await docs.TemplatesForAsync(visit, ct);
        var suggested = VisitDocumentation.Suggest(visit, templates);
        return TypedResults.Ok(templates.Select(t => TemplateResponse.From(t, ReferenceEquals(t, suggested))).ToList());
    }

    private static async Task<Results<Ok<GateResponse>, NotFound>> Gate(long id, ClaimsPrincipal user, VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is not { } visit) return TypedResults.NotFound();
        var decision = await docs.GateAsync(visit, ct);
        var note = await docs.CurrentNoteAsync(practice, id, ct);
        var template = note is null ? null : await docs.PinnedAsync(note, ct);
        return TypedResults.Ok(new GateResponse(id, decision.Allowed, decision.NoteId, [.. decision.Reasons.Select(f => FindingResponse.From(f, template))],
            decision.WorkItem?.Queue, decision.Facts));
    }

    private static async Task<Ok<IncompleteNotesResponse>> Report(ClaimsPrincipal user, VisitDocumentation docs, RcmDbContext db, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var report = await docs.ReportAsync(practice, ct);
        var names = await db.Providers.AsNoTracking().Where(p => p.PracticeId == practice).ToDictionaryAsync(p => p.Id, p => $"{p.LastName}, {p.FirstName}", ct);
        return TypedResults.Ok(new IncompleteNotesResponse(report.Rows,
            [.. report.Providers.Select(p => new ProviderReportResponse(p.ProviderId, names.GetValueOrDefault(p.ProviderId, "?"), p.NotesChecked, p.IncompleteNotes, p.MostMissedFieldId))],
            report.Fields));
    }

    private static async Task<Ok<List<DefinitionResponse>>> Definitions(ClaimsPrincipal user, VisitDocumentation docs, RcmDbContext db, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        await docs.CatalogAsync(practice, ct); // seeds the built-in definitions on first use
        var rows = await db.DocumentationDefinitions.AsNoTracking().Where(d => d.PracticeId == practice).OrderBy(d => d.Id).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(From).ToList());
    }

    private static async Task<Results<Created<DefinitionResponse>, ProblemHttpResult>> Publish(PublishDefinitionRequest? body, ClaimsPrincipal user,
        PracticeTemplates templates, RcmDbContext db, IActorContext actor, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if ((body?.Template is null) == (body?.Overlay is null))
            return Problem("template", "Give exactly one of 'template' or 'overlay' (a definition in the format of docs/templates.md).");
        try
        {
            var now = time.GetUtcNow();
            var row = body!.Template is { } t
                ? await templates.PublishAsync(db, practice, TemplateJson.ReadTemplate(t.GetRawText(), "template"), actor.Actor, now, ct)
                : await templates.PublishAsync(db, practice, TemplateJson.ReadOverlay(body.Overlay!.Value.GetRawText(), "overlay"), actor.Actor, now, ct);
            return TypedResults.Created($"/api/v1/documentation/definitions/{row.Id}", From(row));
        }
        catch (TemplateDefinitionException e)
        {
            return Problem(body!.Template is null ? "overlay" : "template", string.Join("; ", e.Problems));
        }
    }

    private static DefinitionResponse From(StoredDefinition d) =>
        new(d.Id, d.Kind.ToString().ToLowerInvariant(), d.DefinitionId, d.DefinitionVersion, d.TemplateId, d.PayerCode, d.EffectiveFrom, d.PublishedBy, d.CreatedAt);

    private static ProblemHttpResult Problem(string field, string message) => DocumentationProblems.Unprocessable(field, message);
}
