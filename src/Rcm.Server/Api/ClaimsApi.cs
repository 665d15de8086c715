using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Claims.Workflow;
using Rcm.Core.Persistence;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Backtesting;
using Rcm.Server.Security;
using BusinessClaim = Rcm.Core.Claims.Claim;

namespace Rcm.Server.Api;

/// <summary>
/// <c>/api/v1/claims</c>: gate 3. Claims are stored with the findings of their latest validation and re-validated on every
/// change; submit (single or batch) re-validates once more and refuses while a blocking finding exists (422 with the findings),
/// so no path can send a blocked claim. A passing claim is <c>queued_for_submission</c>: the clearinghouse link is a later issue.
/// </summary>
public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/claims").WithTags("Claims");
        g.MapGet("/", List).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapGet("/coding-queue", CodingQueue).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapGet("/{id:long}", Get).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapPost("/", Create).RequireAuthorization(AccessPolicies.WorkWrite).AddEndpointFilter<IdempotencyFilter>();
        g.MapPut("/{id:long}/coding", UpdateCoding).RequireAuthorization(AccessPolicies.WorkWrite);
        g.MapPut("/{id:long}/lines/{line:int}/modifiers", UpdateModifiers).RequireAuthorization(AccessPolicies.WorkWrite);
        g.MapPost("/{id:long}/validate", Validate).RequireAuthorization(AccessPolicies.WorkWrite);
        g.MapPost("/{id:long}/submit", Submit).RequireAuthorization(AccessPolicies.WorkWrite);
        g.MapPost("/submit-batch", SubmitBatch).RequireAuthorization(AccessPolicies.WorkWrite);
        g.MapPost("/backtest", Backtest).RequireAuthorization(AccessPolicies.WorkWrite);
        return app;
    }

    private static async Task<Results<Ok<Page<ClaimSummaryResponse>>, ValidationProblem>> List(string? status, string? cursor, int? limit,
        ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var errors = new RequestErrors();
        ClaimStatus? wanted = status switch
        {
            null or "" => null,
            "held" => ClaimStatus.Held,
            "ready" => ClaimStatus.Ready,
            "queued_for_submission" => ClaimStatus.QueuedForSubmission,
            _ => Invalid(errors),
        };
        if (!PageRequest.TryCreate(cursor, limit, errors, out var page)) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var practice = user.RequirePracticeId();
        var q = db.ClaimRecords.AsNoTracking().Where(c => c.PracticeId == practice && c.Id > page.AfterId);
        if (wanted is { } s) q = q.Where(c => c.Status == s);
        var rows = await q.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(ct);
        var result = page.ToPage(rows, c => c.Id, ClaimSummaryResponse.From);
        await audit.RecordReadAsync(practice, "claim", null, AuditActions.List, "count=" + result.Items.Count, ct);
        return TypedResults.Ok(result);
    }

    private static ClaimStatus? Invalid(RequestErrors errors)
    {
        errors.Add("status", "One of held, ready, queued_for_submission.");
        return null;
    }

    /// <summary>The coding queue: held claims with the findings that hold them (the matching work items are in queue <c>coding</c>).</summary>
    private static Task<Results<Ok<Page<ClaimSummaryResponse>>, ValidationProblem>> CodingQueue(string? cursor, int? limit,
        ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct) =>
        List("held", cursor, limit, user, db, audit, ct);

    private static async Task<Results<Ok<ClaimResponse>, NotFound>> Get(long id, ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var claim = await db.ClaimRecords.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.PracticeId == practice, ct);
        if (claim is null) return TypedResults.NotFound();
        await audit.RecordReadAsync(practice, "claim", id, AuditActions.Read, null, ct);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }

    private static async Task<Results<Created<ClaimResponse>, ValidationProblem, ProblemHttpResult>> Create(ClaimCreateRequest body, ClaimsPrincipal user,
        RcmDbContext db, ClaimWorkflow workflow, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var errors = new RequestErrors();
        if (body.Claim is null) errors.Add("claim", "Required: the claim (payer, providers, subscriber, diagnoses, lines).");
        else CheckShape(body.Claim, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var claim = body.Claim!;
        if (body.VisitId is { } visit && !await db.Appointments.AnyAsync(a => a.Id == visit && a.PracticeId == practice, ct))
            return TypedResults.Problem(statusCode: 422, title: "Unknown references", detail: "visitId is not a visit of this practice.");
        if (await db.ClaimRecords.AnyAsync(c => c.PracticeId == practice && c.ClaimNumber == claim.ClaimId, ct))
            return TypedResults.Problem(statusCode: 409, title: "Duplicate claim", detail: "A claim with this claimId exists; update it instead.");
        var record = await workflow.CreateAsync(practice, claim, body.VisitId, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/claims/{record.Id}", ClaimResponse.From(record));
    }

    private static async Task<Results<Ok<ClaimResponse>, NotFound, ValidationProblem>> UpdateCoding(long id, ClaimCodingRequest body, ClaimsPrincipal user,
        RcmDbContext db, ClaimWorkflow workflow, CancellationToken ct)
    {
        var record = await Find(id, user, db, ct);
        if (record is null) return TypedResults.NotFound();
        var claim = record.ReadClaim();
        if (body.Diagnoses is not null) claim.Diagnoses = body.Diagnoses;
        if (body.Lines is not null) claim.Lines = body.Lines;
        var errors = new RequestErrors();
        if (body.Diagnoses is null && body.Lines is null) errors.Add("lines", "Give diagnoses, lines or both.");
        CheckShape(claim, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        await workflow.ReviseAsync(record, claim, ct); // a queued claim → 409 (ProblemBoundary)
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ClaimResponse.From(record));
    }

    private static async Task<Results<Ok<ClaimResponse>, NotFound, ValidationProblem>> UpdateModifiers(long id, int line, LineModifiersRequest body,
        ClaimsPrincipal user, RcmDbContext db, ClaimWorkflow workflow, CancellationToken ct)
    {
        var record = await Find(id, user, db, ct);
        if (record is null) return TypedResults.NotFound();
        var claim = record.ReadClaim();
        var target = claim.Lines.FirstOrDefault(l => l.Number == line);
        if (target is null) return TypedResults.NotFound();
        var errors = new RequestErrors();
        var modifiers = (body.Modifiers ?? []).Select(m => m.Trim().ToUpperInvariant()).Where(m => m.Length > 0).ToList();
        if (modifiers.Count > 4) errors.Add("modifiers", "At most four modifiers per line.");
        if (modifiers.Any(m => m.Length != 2 || !m.All(char.IsAsciiLetterOrDigit))) errors.Add("modifiers", "Each modifier is two letters or digits.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        target.Modifiers = modifiers;
        await workflow.ReviseAsync(record, claim, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ClaimResponse.From(record));
    }

    private static async Task<Results<Ok<ClaimResponse>, NotFound>> Validate(long id, ClaimsPrincipal user, RcmDbContext db, ClaimWorkflow workflow, CancellationToken ct)
    {
        var record = await Find(id, user, db, ct);
        if (record is null) return TypedResults.NotFound();
        await workflow.RevalidateAsync(record, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ClaimResponse.From(record));
    }

    /// <summary>200 queued; 422 with the blocking findings when held; 409 when already queued.</summary>
    private static async Task<Results<Ok<ClaimResponse>, NotFound, ProblemHttpResult>> Submit(long id, ClaimsPrincipal user, RcmDbContext db,
        ClaimWorkflow workflow, CancellationToken ct)
    {
        var record = await Find(id, user, db, ct);
        if (record is null) return TypedResults.NotFound();
        var queued = await workflow.SubmitAsync(record, ct);
        await db.SaveChangesAsync(ct);
        if (queued) return TypedResults.Ok(ClaimResponse.From(record));
        var blocking = record.Findings.Where(f => f.IsBlocking).Select(ClaimFindingResponse.From).ToList();
        return TypedResults.Problem(statusCode: 422, title: "Claim held by blocking findings",
            detail: $"{blocking.Count} blocking finding(s) must be fixed before the claim can be submitted.",
            extensions: new Dictionary<string, object?> { ["claimId"] = record.Id, ["findings"] = blocking });
    }

    private static async Task<Results<Ok<ClaimBatchSubmitResponse>, ValidationProblem>> SubmitBatch(ClaimBatchSubmitRequest body, ClaimsPrincipal user,
        RcmDbContext db, ClaimWorkflow workflow, CancellationToken ct)
    {
        var ids = body.ClaimIds?.Distinct().ToList() ?? [];
        if (ids.Count is 0 or > 500)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claimIds"] = ["Between 1 and 500 claim ids."] });
        var practice = user.RequirePracticeId();
        var records = await db.ClaimRecords.Where(c => c.PracticeId == practice && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        List<long> queued = [], notFound = [], notSubmittable = [];
        List<HeldClaimResponse> held = [];
        foreach (var id in ids)
        {
            if (!records.TryGetValue(id, out var record)) { notFound.Add(id); continue; }
            if (record.Status == ClaimStatus.QueuedForSubmission) { notSubmittable.Add(id); continue; }
            if (await workflow.SubmitAsync(record, ct)) queued.Add(id);
            else held.Add(new HeldClaimResponse(id, record.ClaimNumber, record.Findings.Where(f => f.IsBlocking).Select(ClaimFindingResponse.From).ToList()));
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ClaimBatchSubmitResponse(queued, held, notFound, notSubmittable));
    }

    /// <summary>Stores the given outcomes, then runs the current rule set over every stored claim with an outcome.</summary>
    private static async Task<Ok<ClaimBacktestResponse>> Backtest(ClaimBacktestRequest body, ClaimsPrincipal user, RcmDbContext db,
        ClaimValidator validator, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var given = body.Outcomes ?? [];
        var ids = given.Select(o => o.ClaimId).Distinct().ToList();
        var records = await db.ClaimRecords.Where(c => c.PracticeId == practice && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var unknown = new List<long>();
        foreach (var o in given)
        {
            if (records.TryGetValue(o.ClaimId, out var r)) r.RecordOutcome(o.Outcome, time.GetUtcNow());
            else unknown.Add(o.ClaimId);
        }

        await db.SaveChangesAsync(ct);
        var history = await db.ClaimRecords.AsNoTracking().Where(c => c.PracticeId == practice && c.Outcome != null).OrderBy(c => c.Id).ToListAsync(ct);
        var report = RuleBacktester.Run(history.Select(c => new HistoricalClaim(c.ReadClaim(), c.Outcome!.Value)), validator);
        return TypedResults.Ok(new ClaimBacktestResponse(report, unknown.Distinct().ToList()));
    }

    private static Task<ClaimRecord?> Find(long id, ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        return db.ClaimRecords.SingleOrDefaultAsync(c => c.Id == id && c.PracticeId == practice, ct);
    }

    /// <summary>What the store needs to hold a claim at all; everything else is the validator's job and becomes findings.</summary>
    private static void CheckShape(BusinessClaim claim, RequestErrors errors)
    {
        _ = errors.Required("claim.claimId", claim.ClaimId, 38);
        _ = errors.Optional("claim.payerId", claim.PayerId, 80);
        if (claim.Lines.Count == 0) errors.Add("claim.lines", "At least one service line.");
        if (claim.Lines.Count > 50) errors.Add("claim.lines", "At most 50 service lines.");
        if (claim.Diagnoses.Count > 25) errors.Add("claim.diagnoses", "At most 25 diagnoses.");
        if (claim.Lines.Select(l => l.Number).Distinct().Count() != claim.Lines.Count) errors.Add("claim.lines", "Line numbers must be unique.");
    }
}
