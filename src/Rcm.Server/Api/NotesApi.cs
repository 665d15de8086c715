using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Documentation.Storage;
using Rcm.Core.Intake;
using Rcm.Core.Shared;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary>
/// <c>/api/v1/appointments/{id}/note</c>: the visit's note. Every operation acts on the newest version; signed versions
/// never change (no endpoint edits them: 409), an amendment is a new version. Unknown visits (including another
/// practice's) are 404 before anything else is looked at.
/// </summary>
public static class NotesApi
{
    public static IEndpointRouteBuilder MapNotesApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/appointments/{id:long}/note").WithTags("Documentation");
        g.MapGet("/", Get).RequireAuthorization(DocumentationAccess.NotesRead);
        g.MapGet("/versions", Versions).RequireAuthorization(DocumentationAccess.NotesRead);
        g.MapPost("/", Start).RequireAuthorization(DocumentationAccess.NotesWrite).AddEndpointFilter<IdempotencyFilter>();
        g.MapPost("/values", SetValues).RequireAuthorization(DocumentationAccess.NotesWrite);
        g.MapGet("/check", Check).RequireAuthorization(DocumentationAccess.NotesRead);
        g.MapPost("/sign", Sign).RequireAuthorization(DocumentationAccess.NotesWrite);
        g.MapPost("/amend", Amend).RequireAuthorization(DocumentationAccess.NotesWrite).AddEndpointFilter<IdempotencyFilter>();
        return app;
    }

    private static async Task<Results<Ok<NoteResponse>, NotFound>> Get(long id, ClaimsPrincipal user, VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is null || await docs.CurrentNoteAsync(practice, id, ct) is not { } note) return TypedResults.NotFound();
        await docs.RecordReadAsync(practice, id, $"note={note.Id};version={note.Version}", ct);
        return TypedResults.Ok(await RespondAsync(docs, note, ct));
    }

    private static async Task<Results<Ok<List<NoteResponse>>, NotFound>> Versions(long id, ClaimsPrincipal user, VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is null) return TypedResults.NotFound();
        var versions = await docs.VersionsAsync(practice, id, ct);
        await docs.RecordReadAsync(practice, id, $"versions={versions.Count}", ct);
        var list = new List<NoteResponse>();
        foreach (var n in versions) list.Add(NoteResponse.From(n, await docs.PinnedAsync(n, ct), null));
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Created<NoteResponse>, NotFound, ProblemHttpResult>> Start(long id, StartNoteRequest? body, ClaimsPrincipal user,
        VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is not { } visit) return TypedResults.NotFound();
        if (visit.Visit.Status is AppointmentStatus.Cancelled or AppointmentStatus.NoShow)
            throw new InvalidTransitionException(VisitDocumentation.AuditEntity, $"A {visit.Visit.Status} appointment has no visit to document.");
        try
        {
            var note = await docs.StartAsync(visit, body?.TemplateId, ct);
            return TypedResults.Created($"/api/v1/appointments/{id}/note", await RespondAsync(docs, note, ct));
        }
        catch (DocumentationRequestException e)
        {
            return Unprocessable(e);
        }
    }

    private static async Task<Results<Ok<NoteResponse>, NotFound, ProblemHttpResult>> SetValues(long id, NoteValuesRequest? body, ClaimsPrincipal user,
        VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is null || await docs.CurrentNoteAsync(practice, id, ct) is not { } note) return TypedResults.NotFound();
        if (body?.Values is not { Count: > 0 } values)
            return DocumentationProblems.Unprocessable("values", "Give at least one field id and its value.");
        try
        {
            await docs.SetValuesAsync(note, values, ct);
        }
        catch (DocumentationRequestException e)
        {
            return Unprocessable(e);
        }

        return TypedResults.Ok(await RespondAsync(docs, note, ct));
    }

    private static async Task<Results<Ok<NoteResponse>, NotFound>> Check(long id, ClaimsPrincipal user, VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is null || await docs.CurrentNoteAsync(practice, id, ct) is not { } note) return TypedResults.NotFound();
        await docs.RecordReadAsync(practice, id, $"check;note={note.Id}", ct);
        return TypedResults.Ok(await RespondAsync(docs, note, ct));
    }

    private static async Task<Results<Ok<NoteResponse>, NotFound, ProblemHttpResult>> Sign(long id, SignNoteRequest? body, ClaimsPrincipal user,
        VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is null || await docs.CurrentNoteAsync(practice, id, ct) is not { } note) return TypedResults.NotFound();
        var outcome = await docs.SignAsync(note, body?.SignerProviderId ?? note.RenderingProviderId, ct);
        var template = await docs.PinnedAsync(note, ct);
        if (outcome.Signed) return TypedResults.Ok(NoteResponse.From(note, template, null));
        var blocking = outcome.Report.Blocking.ToList();
        // 422 with the findings (CONVENTIONS.md: failed edits with the issues attached); the note went back to the provider's queue.
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The note is incomplete and was not signed",
            detail: $"{blocking.Count} problem(s) must be fixed before signing; the note was returned to the {outcome.WorkItem?.Queue} queue.",
            extensions: new Dictionary<string, object?>
            {
                ["findings"] = outcome.Report.Findings.Select(f => FindingResponse.From(f, template)).ToList(),
                ["errors"] = blocking.Where(f => f.FieldId is not null).GroupBy(f => f.FieldId!).ToDictionary(g => g.Key, g => g.Select(f => $"{f.Code}: {f.Message}").ToArray()),
                ["queue"] = outcome.WorkItem?.Queue,
            });
    }

    private static async Task<Results<Created<NoteResponse>, NotFound, ProblemHttpResult>> Amend(long id, AmendNoteRequest? body, ClaimsPrincipal user,
        VisitDocumentation docs, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (await docs.FindVisitAsync(practice, id, ct) is null || await docs.CurrentNoteAsync(practice, id, ct) is not { } note) return TypedResults.NotFound();
        if (string.IsNullOrWhiteSpace(body?.Reason))
            return DocumentationProblems.Unprocessable("reason", "Say why the signed note is amended.");
        if (body.Reason.Length > 500)
            return DocumentationProblems.Unprocessable("reason", "At most 500 characters.");
        var amendment = await docs.AmendAsync(note, body.Reason, ct);
        return TypedResults.Created($"/api/v1/appointments/{id}/note", await RespondAsync(docs, amendment, ct));
    }

    private static async Task<NoteResponse> RespondAsync(VisitDocumentation docs, VisitNote note, CancellationToken ct) =>
        NoteResponse.From(note, await docs.PinnedAsync(note, ct), note.Status == NoteStatus.Draft ? await docs.CheckAsync(note, ct) : null);

    private static ProblemHttpResult Unprocessable(DocumentationRequestException e) => DocumentationProblems.Unprocessable(e.Field, e.Message);
}
