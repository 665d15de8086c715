using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary><c>/api/v1/patients</c>: list and search, read, create, replace, timeline. Every read is audited.</summary>
public static class PatientsApi
{
    public static IEndpointRouteBuilder MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/patients").WithTags("Patients");
        g.MapGet("/", List).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapGet("/{id:long}", Get).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapGet("/{id:long}/timeline", Timeline).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapPost("/", Create).RequireAuthorization(AccessPolicies.PatientsWrite).AddEndpointFilter<IdempotencyFilter>();
        g.MapPut("/{id:long}", Update).RequireAuthorization(AccessPolicies.PatientsWrite);
        return app;
    }

    private static async Task<Results<Ok<Page<PatientResponse>>, ValidationProblem>> List(
        string? q, string? cursor, int? limit, ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, limit, errors, out var page)) return TypedResults.ValidationProblem(errors.ToDictionary());
        var practice = user.RequirePracticeId();
        var query = db.Patients.AsNoTracking().Where(p => p.PracticeId == practice && p.Id > page.AfterId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(p => p.LastName.ToLower().StartsWith(term) || p.FirstName.ToLower().StartsWith(term) || p.AccountNumber.ToLower() == term);
        }
        var rows = await query.OrderBy(p => p.Id).Take(page.Limit + 1).ToListAsync(ct);
        var result = page.ToPage(rows, p => p.Id, PatientResponse.From);
        // The search term is PHI: the audit row records that a search happened and how many rows it showed, not the term.
        await audit.RecordReadAsync(practice, "patient", null, q is null ? AuditActions.List : AuditActions.Search, "count=" + result.Items.Count, ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<PatientResponse>, NotFound>> Get(long id, ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var p = await db.Patients.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.PracticeId == practice, ct);
        if (p is null) return TypedResults.NotFound();
        await audit.RecordReadAsync(practice, "patient", id, AuditActions.Read, null, ct);
        return TypedResults.Ok(PatientResponse.From(p));
    }

    private static async Task<Results<Ok<List<TimelineEntry>>, NotFound>> Timeline(long id, ClaimsPrincipal user, RcmDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        if (!await db.Patients.AnyAsync(x => x.Id == id && x.PracticeId == practice, ct)) return TypedResults.NotFound();
        var timeline = await PatientTimeline.LoadAsync(db, practice, id, ct);
        await audit.RecordReadAsync(practice, "patient", id, AuditActions.Read, "timeline", ct);
        return TypedResults.Ok(timeline);
    }

    private static async Task<Results<Created<PatientResponse>, ValidationProblem, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> Create(
        PatientRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var errors = new RequestErrors();
        var details = Validate(body, errors, time);
        var account = errors.Optional("accountNumber", body.AccountNumber, 40) ?? NewAccountNumber();
        if (details is null || errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await db.Patients.AnyAsync(p => p.PracticeId == practice && p.AccountNumber == account, ct))
            return DuplicateAccount();
        var patient = new Patient(practice, account, details, time.GetUtcNow());
        db.Patients.Add(patient);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}", PatientResponse.From(patient));
    }

    private static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> Update(
        long id, PatientRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var patient = await db.Patients.SingleOrDefaultAsync(x => x.Id == id && x.PracticeId == practice, ct);
        if (patient is null) return TypedResults.NotFound();
        var errors = new RequestErrors();
        var details = Validate(body, errors, time);
        if (details is null || errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        patient.Update(details, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PatientResponse.From(patient));
    }

    internal static PatientDetails? Validate(PatientRequest b, RequestErrors errors, TimeProvider time)
    {
        var first = errors.Required("firstName", b.FirstName, 100);
        var last = errors.Required("lastName", b.LastName, 100);
        if (b.BirthDate is null) errors.Add("birthDate", "Required (YYYY-MM-DD).");
        else if (b.BirthDate > DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) errors.Add("birthDate", "Cannot be in the future.");
        else if (b.BirthDate < new DateOnly(1900, 1, 1)) errors.Add("birthDate", "Before 1900.");
        var address = errors.Address("address", b.Address, required: false);
        var phone = errors.Optional("phone", b.Phone, 40);
        var email = errors.Optional("email", b.Email, 200);
        if (email is not null && !email.Contains('@', StringComparison.Ordinal)) errors.Add("email", "Not an e-mail address.");
        if (errors.Any || first is null || last is null || b.BirthDate is null) return null;
        return new PatientDetails(first, last, b.BirthDate.Value, b.Sex ?? Core.Shared.Sex.Unknown, address, phone, email);
    }

    private static string NewAccountNumber() => "A" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));

    private static Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails> DuplicateAccount() =>
        TypedResults.Conflict(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = 409, Title = "Account number in use", Detail = "Another patient of this practice has this account number.",
        });
}
