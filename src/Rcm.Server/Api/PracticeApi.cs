using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary><c>/api/v1/practice</c>: the caller's own practice (keys and memberships are per practice, so there is no list).</summary>
public static class PracticeApi
{
    public static IEndpointRouteBuilder MapPracticeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/practice", Get).WithTags("Practice").RequireAuthorization(AccessPolicies.SetupRead);
        return app;
    }

    private static async Task<Results<Ok<PracticeResponse>, NotFound>> Get(ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var id = user.RequirePracticeId();
        var p = await db.Practices.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? TypedResults.NotFound() : TypedResults.Ok(new PracticeResponse(p.Id, p.Name, p.DisplayName, p.Npi, p.TaxId));
    }
}
