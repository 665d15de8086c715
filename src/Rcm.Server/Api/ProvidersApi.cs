using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Shared;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary><c>/api/v1/providers</c>.</summary>
public static class ProvidersApi
{
    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/providers").WithTags("Providers");
        g.MapGet("/", List).RequireAuthorization(AccessPolicies.SetupRead);
        g.MapGet("/{id:long}", Get).RequireAuthorization(AccessPolicies.SetupRead);
        g.MapPost("/", Create).RequireAuthorization(AccessPolicies.SetupWrite).AddEndpointFilter<IdempotencyFilter>();
        g.MapPut("/{id:long}", Update).RequireAuthorization(AccessPolicies.SetupWrite);
        return app;
    }

    private static async Task<Results<Ok<Page<ProviderResponse>>, ValidationProblem>> List(string? cursor, int? limit, ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, limit, errors, out var page)) return TypedResults.ValidationProblem(errors.ToDictionary());
        var practice = user.RequirePracticeId();
        var rows = await db.Providers.AsNoTracking().Where(x => x.PracticeId == practice && x.Id > page.AfterId)
            .OrderBy(x => x.Id).Take(page.Limit + 1).ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, x => x.Id, ProviderResponse.From));
    }

    private static async Task<Results<Ok<ProviderResponse>, NotFound>> Get(long id, ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var x = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.PracticeId == practice, ct);
        return x is null ? TypedResults.NotFound() : TypedResults.Ok(ProviderResponse.From(x));
    }

    private static async Task<Results<Created<ProviderResponse>, ValidationProblem>> Create(ProviderRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var v = Validate(body, errors);
        if (v is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        var (first, last, npi, taxonomy, tin, credential) = v.Value;
        var provider = new Provider(user.RequirePracticeId(), first, last, npi, taxonomy, tin, credential, time.GetUtcNow());
        db.Providers.Add(provider);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/providers/{provider.Id}", ProviderResponse.From(provider));
    }

    private static async Task<Results<Ok<ProviderResponse>, NotFound, ValidationProblem>> Update(long id, ProviderRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var provider = await db.Providers.SingleOrDefaultAsync(p => p.Id == id && p.PracticeId == practice, ct);
        if (provider is null) return TypedResults.NotFound();
        var errors = new RequestErrors();
        var v = Validate(body, errors);
        if (v is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        var (first, last, npi, taxonomy, tin, credential) = v.Value;
        provider.Update(first, last, npi, taxonomy, tin, credential, body.IsActive ?? true, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProviderResponse.From(provider));
    }

    private static (string First, string Last, Npi Npi, string Taxonomy, string? Tin, ProviderCredential Credential)? Validate(ProviderRequest b, RequestErrors errors)
    {
        var first = errors.Required("firstName", b.FirstName, 100);
        var last = errors.Required("lastName", b.LastName, 100);
        var npi = errors.Npi("npi", b.Npi, required: true);
        var taxonomy = errors.Required("taxonomyCode", b.TaxonomyCode, 10);
        // NUCC taxonomy codes are 10 characters: 9 alphanumerics then X (e.g. 103K00000X).
        if (taxonomy is not null && !(taxonomy.Length == 10 && taxonomy[9] == 'X' && taxonomy[..9].All(char.IsAsciiLetterOrDigit)))
            errors.Add("taxonomyCode", "A 10-character NUCC taxonomy code ending in X.");
        var tin = errors.TaxId("taxId", b.TaxId);
        if (b.Credential is null) errors.Add("credential", "Required (e.g. MD, BCBA, RBT, LCSW).");
        if (errors.Any || first is null || last is null || npi is null || taxonomy is null) return null;
        return (first, last, npi.Value, taxonomy, tin, b.Credential!.Value);
    }
}
