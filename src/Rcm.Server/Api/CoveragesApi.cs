using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Shared;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary>Coverages of a patient: <c>/api/v1/patients/{id}/coverages</c> and <c>/api/v1/coverages/{id}</c>.</summary>
public static class CoveragesApi
{
    public static IEndpointRouteBuilder MapCoveragesApi(this IEndpointRouteBuilder app)
    {
        var byPatient = app.MapGroup("/api/v1/patients/{patientId:long}/coverages").WithTags("Coverages");
        byPatient.MapGet("/", List).RequireAuthorization(AccessPolicies.PatientsRead);
        byPatient.MapPost("/", Create).RequireAuthorization(AccessPolicies.PatientsWrite).AddEndpointFilter<IdempotencyFilter>();
        var g = app.MapGroup("/api/v1/coverages").WithTags("Coverages");
        g.MapGet("/{id:long}", Get).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapPut("/{id:long}", Update).RequireAuthorization(AccessPolicies.PatientsWrite);
        g.MapPost("/{id:long}/terminate", Terminate).RequireAuthorization(AccessPolicies.PatientsWrite);
        return app;
    }

    private static async Task<Results<Ok<List<CoverageResponse>>, NotFound>> List(long patientId, ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.PracticeId == practice, ct)) return TypedResults.NotFound();
        var rows = await db.Coverages.AsNoTracking().Where(c => c.PracticeId == practice && c.PatientId == patientId)
            .OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(ct);
        await audit.RecordReadAsync(practice, "coverage", null, AuditActions.List, $"patient={patientId};count={rows.Count}", ct);
        return TypedResults.Ok(rows.Select(CoverageResponse.From).ToList());
    }

    private static async Task<Results<Ok<CoverageResponse>, NotFound>> Get(long id, ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var c = await db.Coverages.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.PracticeId == practice, ct);
        if (c is null) return TypedResults.NotFound();
        await audit.RecordReadAsync(practice, "coverage", id, AuditActions.Read, null, ct);
        return TypedResults.Ok(CoverageResponse.From(c));
    }

    private static async Task<Results<Created<CoverageResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Create(
        long patientId, CoverageRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.PracticeId == practice, ct)) return TypedResults.NotFound();
        var errors = new RequestErrors();
        var terms = Validate(body, errors);
        if (terms is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await UnknownPayer(db, practice, terms.PayerId, ct) is { } problem) return problem;
        var coverage = new Coverage(practice, patientId, terms, time.GetUtcNow());
        db.Coverages.Add(coverage);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/coverages/{coverage.Id}", CoverageResponse.From(coverage));
    }

    private static async Task<Results<Ok<CoverageResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        long id, CoverageRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var coverage = await db.Coverages.SingleOrDefaultAsync(x => x.Id == id && x.PracticeId == practice, ct);
        if (coverage is null) return TypedResults.NotFound();
        var errors = new RequestErrors();
        var terms = Validate(body, errors);
        if (terms is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await UnknownPayer(db, practice, terms.PayerId, ct) is { } problem) return problem;
        coverage.Update(terms, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CoverageResponse.From(coverage));
    }

    private static async Task<Results<Ok<CoverageResponse>, NotFound, ValidationProblem>> Terminate(
        long id, TerminateCoverageRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var coverage = await db.Coverages.SingleOrDefaultAsync(x => x.Id == id && x.PracticeId == practice, ct);
        if (coverage is null) return TypedResults.NotFound();
        if (body.LastDay is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["lastDay"] = ["Required (YYYY-MM-DD)."] });
        coverage.Terminate(body.LastDay.Value, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CoverageResponse.From(coverage));
    }

    /// <summary>A payer id that is not one of this practice's payers is a failed business edit (422), not a syntax error.</summary>
    private static async Task<ProblemHttpResult?> UnknownPayer(RcmDbContext db, long practice, long payerId, CancellationToken ct)
    {
        if (await db.Payers.AnyAsync(p => p.Id == payerId && p.PracticeId == practice, ct)) return null;
        return TypedResults.Problem(statusCode: 422, title: "Unknown payer", detail: "payerId does not name a payer of this practice.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["payerId"] = ["No such payer in this practice."] } });
    }

    internal static CoverageTerms? Validate(CoverageRequest b, RequestErrors errors)
    {
        if (b.PayerId is null or <= 0) errors.Add("payerId", "Required.");
        var member = errors.Required("memberId", b.MemberId, 80);
        var group = errors.Optional("groupNumber", b.GroupNumber, 80);
        if (b.PlanType is null) errors.Add("planType", "Required.");
        var relationship = b.Relationship ?? SubscriberRelationship.Self;
        string? subFirst = null, subLast = null;
        if (relationship != SubscriberRelationship.Self)
        {
            subFirst = errors.Required("subscriberFirstName", b.SubscriberFirstName, 100);
            subLast = errors.Required("subscriberLastName", b.SubscriberLastName, 100);
            if (b.SubscriberBirthDate is null) errors.Add("subscriberBirthDate", "Required when the patient is not the subscriber.");
        }
        if (b.EffectiveFrom is null) errors.Add("effectiveFrom", "Required (YYYY-MM-DD).");
        if (b.EffectiveFrom is { } from && b.EffectiveTo is { } to && to < from) errors.Add("effectiveTo", "Before effectiveFrom.");
        var order = b.Order ?? 1;
        if (order is < 1 or > 3) errors.Add("order", "1 (primary), 2 (secondary) or 3 (tertiary).");
        if (errors.Any || member is null) return null;
        return new CoverageTerms(b.PayerId!.Value, member, group, b.PlanType!.Value, relationship, subFirst, subLast,
            relationship == SubscriberRelationship.Self ? null : b.SubscriberBirthDate, b.EffectiveFrom!.Value, b.EffectiveTo, order);
    }
}
