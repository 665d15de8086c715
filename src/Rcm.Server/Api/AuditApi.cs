using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary><c>/api/v1/audit</c>: the practice's audit trail for auditors and admins. Read-only by construction.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", List).WithTags("Audit").RequireAuthorization(AccessPolicies.AuditRead);
        return app;
    }

    private static async Task<Results<Ok<Page<AuditEntryResponse>>, ValidationProblem>> List(string? entityType, long? entityId, string? actor, string? cursor, int? limit,
        ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, limit, errors, out var page)) return TypedResults.ValidationProblem(errors.ToDictionary());
        var practice = user.RequirePracticeId();
        var q = db.AuditEntries.AsNoTracking().Where(a => a.PracticeId == practice && a.Id > page.AfterId);
        if (!string.IsNullOrEmpty(entityType)) q = q.Where(a => a.EntityType == entityType);
        if (entityId is not null) q = q.Where(a => a.EntityId == entityId);
        if (!string.IsNullOrEmpty(actor)) q = q.Where(a => a.Actor == actor);
        var rows = await q.OrderBy(a => a.Id).Take(page.Limit + 1).ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, a => a.Id, a => new AuditEntryResponse(a.Id, a.At, a.Actor, a.Ip, a.Action, a.EntityType, a.EntityId, a.Detail)));
    }
}
