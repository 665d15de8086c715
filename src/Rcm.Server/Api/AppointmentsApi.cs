using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary><c>/api/v1/appointments</c>: schedule, reschedule and the guarded transitions (illegal ones → 409).</summary>
public static class AppointmentsApi
{
    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/appointments").WithTags("Appointments");
        g.MapGet("/", List).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapGet("/{id:long}", Get).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapPost("/", Create).RequireAuthorization(AccessPolicies.PatientsWrite).AddEndpointFilter<IdempotencyFilter>();
        g.MapPut("/{id:long}", Reschedule).RequireAuthorization(AccessPolicies.PatientsWrite);
        // Gate 1: check-in goes through the eligibility checkpoint (422 with reasons and fixes when refused).
        g.MapPost("/{id:long}/check-in", EligibilityApi.CheckIn)
            .RequireAuthorization(AccessPolicies.PatientsWrite);
        g.MapPost("/{id:long}/complete", (long id, ClaimsPrincipal u, RcmDbContext db, TimeProvider t, CancellationToken ct) => Transition(id, u, db, a => a.Complete(t.GetUtcNow()), ct))
            .RequireAuthorization(AccessPolicies.PatientsWrite);
        g.MapPost("/{id:long}/cancel", (long id, ClaimsPrincipal u, RcmDbContext db, TimeProvider t, CancellationToken ct) => Transition(id, u, db, a => a.Cancel(t.GetUtcNow()), ct))
            .RequireAuthorization(AccessPolicies.PatientsWrite);
        g.MapPost("/{id:long}/no-show", (long id, ClaimsPrincipal u, RcmDbContext db, TimeProvider t, CancellationToken ct) => Transition(id, u, db, a => a.MarkNoShow(t.GetUtcNow()), ct))
            .RequireAuthorization(AccessPolicies.PatientsWrite);
        return app;
    }

    private static async Task<Results<Ok<Page<AppointmentResponse>>, ValidationProblem>> List(long? patientId, string? cursor, int? limit,
        ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, limit, errors, out var page)) return TypedResults.ValidationProblem(errors.ToDictionary());
        var practice = user.RequirePracticeId();
        var q = db.Appointments.AsNoTracking().Where(x => x.PracticeId == practice && x.Id > page.AfterId);
        if (patientId is not null) q = q.Where(x => x.PatientId == patientId);
        var rows = await q.OrderBy(x => x.Id).Take(page.Limit + 1).ToListAsync(ct);
        var result = page.ToPage(rows, x => x.Id, AppointmentResponse.From);
        await audit.RecordReadAsync(practice, "appointment", null, AuditActions.List, "count=" + result.Items.Count, ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<AppointmentResponse>, NotFound>> Get(long id, ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var a = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.PracticeId == practice, ct);
        if (a is null) return TypedResults.NotFound();
        await audit.RecordReadAsync(practice, "appointment", id, AuditActions.Read, null, ct);
        return TypedResults.Ok(AppointmentResponse.From(a));
    }

    private static async Task<Results<Created<AppointmentResponse>, ValidationProblem, ProblemHttpResult>> Create(AppointmentRequest body, ClaimsPrincipal user,
        RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var errors = new RequestErrors();
        Validate(body, errors);
        if (body.PatientId is null or <= 0) errors.Add("patientId", "Required.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await References(db, practice, body.PatientId!.Value, body, ct) is { } problem) return problem;
        var a = new Appointment(practice, body.PatientId.Value, body.ProviderId!.Value, body.LocationId!.Value, body.CoverageId,
            body.StartsAt!.Value, body.DurationMinutes!.Value, body.ServiceCode, time.GetUtcNow());
        db.Appointments.Add(a);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/appointments/{a.Id}", AppointmentResponse.From(a));
    }

    private static async Task<Results<Ok<AppointmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Reschedule(long id, AppointmentRequest body,
        ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var a = await db.Appointments.SingleOrDefaultAsync(x => x.Id == id && x.PracticeId == practice, ct);
        if (a is null) return TypedResults.NotFound();
        var errors = new RequestErrors();
        Validate(body, errors);
        if (body.PatientId is not null && body.PatientId != a.PatientId) errors.Add("patientId", "An appointment cannot move to another patient.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await References(db, practice, a.PatientId, body, ct) is { } problem) return problem;
        a.Reschedule(body.ProviderId!.Value, body.LocationId!.Value, body.CoverageId, body.StartsAt!.Value, body.DurationMinutes!.Value, body.ServiceCode, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(AppointmentResponse.From(a));
    }

    private static async Task<Results<Ok<AppointmentResponse>, NotFound>> Transition(long id, ClaimsPrincipal user, RcmDbContext db, Action<Appointment> change, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var a = await db.Appointments.SingleOrDefaultAsync(x => x.Id == id && x.PracticeId == practice, ct);
        if (a is null) return TypedResults.NotFound();
        change(a); // throws InvalidTransitionException → 409 problem (ProblemBoundary)
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(AppointmentResponse.From(a));
    }

    private static void Validate(AppointmentRequest b, RequestErrors errors)
    {
        if (b.ProviderId is null or <= 0) errors.Add("providerId", "Required.");
        if (b.LocationId is null or <= 0) errors.Add("locationId", "Required.");
        if (b.StartsAt is null) errors.Add("startsAt", "Required (ISO 8601 with offset).");
        if (b.DurationMinutes is null or < 1 or > 1440) errors.Add("durationMinutes", "Between 1 and 1440.");
        var code = errors.Optional("serviceCode", b.ServiceCode, 5);
        if (code is not null && !(code.Length == 5 && code.All(char.IsAsciiLetterOrDigit))) errors.Add("serviceCode", "A 5-character CPT/HCPCS code.");
    }

    /// <summary>Referenced rows must be this practice's (and the coverage this patient's): otherwise 422, naming the field.</summary>
    private static async Task<ProblemHttpResult?> References(RcmDbContext db, long practice, long patientId, AppointmentRequest b, CancellationToken ct)
    {
        var bad = new Dictionary<string, string[]>();
        if (!await db.Patients.AnyAsync(x => x.Id == patientId && x.PracticeId == practice, ct)) bad["patientId"] = ["No such patient in this practice."];
        if (!await db.Providers.AnyAsync(x => x.Id == b.ProviderId && x.PracticeId == practice, ct)) bad["providerId"] = ["No such provider in this practice."];
        if (!await db.Locations.AnyAsync(x => x.Id == b.LocationId && x.PracticeId == practice, ct)) bad["locationId"] = ["No such location in this practice."];
        if (b.CoverageId is not null && !await db.Coverages.AnyAsync(x => x.Id == b.CoverageId && x.PracticeId == practice && x.PatientId == patientId, ct))
            bad["coverageId"] = ["No such coverage for this patient."];
        return bad.Count == 0 ? null : TypedResults.Problem(statusCode: 422, title: "Unknown references",
            detail: "Some ids do not name rows of this practice.", extensions: new Dictionary<string, object?> { ["errors"] = bad });
    }
}
