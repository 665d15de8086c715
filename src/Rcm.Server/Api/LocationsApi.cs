using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Shared;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary><c>/api/v1/locations</c>.</summary>
public static class LocationsApi
{
    public static IEndpointRouteBuilder MapLocationsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/locations").WithTags("Locations");
        g.MapGet("/", List).RequireAuthorization(AccessPolicies.SetupRead);
        g.MapGet("/{id:long}", Get).RequireAuthorization(AccessPolicies.SetupRead);
        g.MapPost("/", Create).RequireAuthorization(AccessPolicies.SetupWrite).AddEndpointFilter<IdempotencyFilter>();
        g.MapPut("/{id:long}", Update).RequireAuthorization(AccessPolicies.SetupWrite);
        return app;
    }

    private static async Task<Results<Ok<Page<LocationResponse>>, ValidationProblem>> List(string? cursor, int? limit, ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, limit, errors, out var page)) return TypedResults.ValidationProblem(errors.ToDictionary());
        var practice = user.RequirePracticeId();
        var rows = await db.Locations.AsNoTracking().Where(x => x.PracticeId == practice && x.Id > page.AfterId)
            .OrderBy(x => x.Id).Take(page.Limit + 1).ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, x => x.Id, LocationResponse.From));
    }

    private static async Task<Results<Ok<LocationResponse>, NotFound>> Get(long id, ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var x = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id && l.PracticeId == practice, ct);
        return x is null ? TypedResults.NotFound() : TypedResults.Ok(LocationResponse.From(x));
    }

    private static async Task<Results<Created<LocationResponse>, ValidationProblem>> Create(LocationRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var v = Validate(body, errors);
        if (v is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        var location = new Location(user.RequirePracticeId(), v.Value.Name, v.Value.Address, v.Value.Pos, v.Value.Npi, time.GetUtcNow());
        db.Locations.Add(location);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/locations/{location.Id}", LocationResponse.From(location));
    }

    private static async Task<Results<Ok<LocationResponse>, NotFound, ValidationProblem>> Update(long id, LocationRequest body, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == id && l.PracticeId == practice, ct);
        if (location is null) return TypedResults.NotFound();
        var errors = new RequestErrors();
        var v = Validate(body, errors);
        if (v is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        location.Update(v.Value.Name, v.Value.Address, v.Value.Pos, v.Value.Npi, body.IsActive ?? true, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LocationResponse.From(location));
    }

    private static (string Name, Address Address, string Pos, string? Npi)? Validate(LocationRequest b, RequestErrors errors)
    {
        var name = errors.Required("name", b.Name, 200);
        var address = errors.Address("address", b.Address, required: true);
        var pos = errors.Required("placeOfServiceCode", b.PlaceOfServiceCode, 2);
        if (pos is not null && !(pos.Length == 2 && pos.All(char.IsAsciiDigit))) errors.Add("placeOfServiceCode", "Two digits (CMS place of service code).");
        var npi = errors.Npi("npi", b.Npi, required: false);
        if (errors.Any || name is null || address is null || pos is null) return null;
        return (name, address, pos, npi?.Value);
    }
}
