using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Shared;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary><c>/api/v1/payers</c>, with connectivity settings whose secret is encrypted at rest and never returned.</summary>
public static class PayersApi
{
    public static IEndpointRouteBuilder MapPayersApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/payers").WithTags("Payers");
        g.MapGet("/", List).RequireAuthorization(AccessPolicies.SetupRead);
        g.MapGet("/{id:long}", Get).RequireAuthorization(AccessPolicies.SetupRead);
        g.MapPost("/", Create).RequireAuthorization(AccessPolicies.SetupWrite).AddEndpointFilter<IdempotencyFilter>();
        g.MapPut("/{id:long}", Update).RequireAuthorization(AccessPolicies.SetupWrite);
        g.MapPut("/{id:long}/connectivity", Connect).RequireAuthorization(AccessPolicies.SetupWrite);
        return app;
    }

    private static async Task<Results<Ok<Page<PayerResponse>>, ValidationProblem>> List(string? cursor, int? limit, ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, limit, errors, out var page)) return TypedResults.ValidationProblem(errors.ToDictionary());
        var practice = user.RequirePracticeId();
        var rows = await db.Payers.AsNoTracking().Where(x => x.PracticeId == practice && x.Id > page.AfterId)
            .OrderBy(x => x.Id).Take(page.Limit + 1).ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, x => x.Id, PayerResponse.From));
    }

    private static async Task<Results<Ok<PayerResponse>, NotFound>> Get(long id, ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var x = await db.Payers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.PracticeId == practice, ct);
        return x is null ? TypedResults.NotFound() : TypedResults.Ok(PayerResponse.From(x));
    }

    private static async Task<Results<Created<PayerResponse>, ValidationProblem>> Create(PayerRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var v = Validate(body, errors);
        if (v is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        var payer = new Payer(user.RequirePracticeId(), v.Value.Name, v.Value.Code, v.Value.Plans, time.GetUtcNow());
        db.Payers.Add(payer);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/payers/{payer.Id}", PayerResponse.From(payer));
    }

    private static async Task<Results<Ok<PayerResponse>, NotFound, ValidationProblem>> Update(long id, PayerRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var payer = await db.Payers.SingleOrDefaultAsync(p => p.Id == id && p.PracticeId == practice, ct);
        if (payer is null) return TypedResults.NotFound();
        var errors = new RequestErrors();
        var v = Validate(body, errors);
        if (v is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        payer.Update(v.Value.Name, v.Value.Code, v.Value.Plans, body.IsActive ?? true, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PayerResponse.From(payer));
    }

    private static async Task<Results<Ok<PayerResponse>, NotFound, ValidationProblem>> Connect(long id, PayerConnectivityRequest body, ClaimsPrincipal user,
        RcmDbContext db, SecretProtector secrets, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var payer = await db.Payers.SingleOrDefaultAsync(p => p.Id == id && p.PracticeId == practice, ct);
        if (payer is null) return TypedResults.NotFound();
        var errors = new RequestErrors();
        if (body.Mode is null) errors.Add("mode", "Required: None, Sandbox, X12Http, Sftp or Portal.");
        var endpoint = errors.Optional("endpoint", body.Endpoint, 500);
        if (endpoint is not null && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "sftp"))
            errors.Add("endpoint", "An absolute http, https or sftp URL.");
        if (body.Mode is ConnectivityMode.Sandbox or ConnectivityMode.X12Http or ConnectivityMode.Sftp or ConnectivityMode.Portal && endpoint is null)
            errors.Add("endpoint", "Required for this mode.");
        var username = errors.Optional("username", body.Username, 200);
        if (body.Secret is { Length: > 4000 }) errors.Add("secret", "At most 4000 characters.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        payer.Connect(body.Mode!.Value, endpoint, username, string.IsNullOrEmpty(body.Secret) ? null : secrets.Protect(body.Secret), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PayerResponse.From(payer));
    }

    private static (string Name, string Code, List<PlanType> Plans)? Validate(PayerRequest b, RequestErrors errors)
    {
        var name = errors.Required("name", b.Name, 200);
        var code = errors.Required("payerCode", b.PayerCode, 80);
        if (b.PlanTypes is null || b.PlanTypes.Count == 0) errors.Add("planTypes", "At least one plan type.");
        if (errors.Any || name is null || code is null) return null;
        return (name, code, b.PlanTypes!);
    }
}
