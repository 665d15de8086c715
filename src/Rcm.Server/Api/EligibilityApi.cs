using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Eligibility;
using Rcm.Core.Intake;
using Rcm.Core.Shared;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary>
/// <c>/api/v1/appointments/{id}/eligibility</c>: gate 1 for one visit. GET the checkpoint, POST a real-time check,
/// POST <c>/override</c> or <c>/self-pay</c> with a reason, POST <c>/check-in</c> through the gate (422 with the
/// reasons and fixes when refused).
/// </summary>
public static class EligibilityApi
{
    public static IEndpointRouteBuilder MapEligibilityApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/appointments/{id:long}/eligibility").WithTags("Eligibility");
        g.MapGet("/", Get).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapPost("/", Check).RequireAuthorization(AccessPolicies.PatientsWrite);
        g.MapPost("/check-in", CheckIn).RequireAuthorization(AccessPolicies.PatientsWrite);
        g.MapPost("/override", (long id, ClearanceRequest body, ClaimsPrincipal u, EligibilityGate gate, RcmDbContext db, CancellationToken ct) => Clear(id, ClearanceKind.Override, body, u, gate, db, ct))
            .RequireAuthorization(AccessPolicies.PatientsWrite);
        g.MapPost("/self-pay", (long id, ClearanceRequest body, ClaimsPrincipal u, EligibilityGate gate, RcmDbContext db, CancellationToken ct) => Clear(id, ClearanceKind.SelfPay, body, u, gate, db, ct))
            .RequireAuthorization(AccessPolicies.PatientsWrite);
        app.MapEligibilityScheduleImportApi();
        return app;
    }

    private static async Task<Results<Ok<CheckpointResponse>, NotFound>> Get(long id, ClaimsPrincipal user, EligibilityGate gate, EligibilityOptions options, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(CheckpointResponse.From(await gate.EvaluateAsync(user.RequirePracticeId(), id, ct), options));
        }
        catch (KeyNotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<Results<Ok<CheckpointResponse>, NotFound>> Check(long id, ClaimsPrincipal user, EligibilityVerifier verifier, EligibilityGate gate,
        EligibilityOptions options, CancellationToken ct)
    {
        try
        {
            long practice = user.RequirePracticeId();
            await verifier.CheckVisitAsync(practice, id, "manual", ct);
            return TypedResults.Ok(CheckpointResponse.From(await gate.EvaluateAsync(practice, id, ct), options));
        }
        catch (KeyNotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    /// <summary>Check-in through gate 1: 200 with the appointment when checked in, 422 problem details listing every reason and fix when refused.</summary>
    public static async Task<Results<Ok<AppointmentResponse>, NotFound, ProblemHttpResult>> CheckIn(long id, ClaimsPrincipal user, EligibilityGate gate,
        RcmDbContext db, CancellationToken ct)
    {
        try
        {
            long practice = user.RequirePracticeId();
            var visit = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.PracticeId == practice, ct);
            if (visit is null) return TypedResults.NotFound();
            if (visit.Status != AppointmentStatus.Scheduled)
                throw new InvalidTransitionException("appointment", $"An appointment that is {visit.Status} cannot be checked in; it must be Scheduled.");
            var decision = await gate.CheckInAsync(practice, id, ct);
            if (decision.Allowed) return TypedResults.Ok(AppointmentResponse.From(await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == id, ct)));
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Check-in refused by the eligibility checkpoint",
                detail: string.Join(" ", decision.Reasons.Select(r => r.Reason + " Fix: " + r.Fix + ".")),
                extensions: new Dictionary<string, object?> { ["issues"] = decision.Reasons.Select(r => new { code = r.Code, reason = r.Reason, fix = r.Fix }).ToList() });
        }
        catch (KeyNotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<Results<Ok<ClearanceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Clear(long id, ClearanceKind kind, ClearanceRequest body,
        ClaimsPrincipal user, EligibilityGate gate, RcmDbContext db, CancellationToken ct)
    {
        long practice = user.RequirePracticeId();
        // Another practice's (or no) appointment is 404 before anything about the body is said.
        if (!await db.Appointments.AnyAsync(a => a.Id == id && a.PracticeId == practice, ct)) return TypedResults.NotFound();
        if (string.IsNullOrWhiteSpace(body.Reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["A reason is required."] });
        if (body.Reason.Length > 500)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["At most 500 characters."] });
        try
        {
            var c = await gate.ClearAsync(practice, id, kind, body.Reason, user.FindFirstValue(RcmClaims.Actor) ?? "unknown",
                user.FindFirstValue(RcmClaims.Role) ?? "", ct);
            return TypedResults.Ok(new ClearanceResponse(c.Id, c.AppointmentId, c.Kind.ToString(), c.Reason, c.Role, c.CreatedAt));
        }
        catch (KeyNotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (UnauthorizedAccessException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Override not allowed", detail: e.Message);
        }
    }
}
