using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence;
using Rcm.Core.WorkQueues;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary><c>/api/v1/work-items</c>: the work queues. Stages open items when something fails a gate; people resolve them.</summary>
public static class WorkItemsApi
{
    public static IEndpointRouteBuilder MapWorkItemsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/work-items").WithTags("Work queues");
        g.MapGet("/", List).RequireAuthorization(AccessPolicies.PatientsRead);
        g.MapPost("/{id:long}/resolve", Resolve).RequireAuthorization(AccessPolicies.WorkWrite);
        return app;
    }

    private static async Task<Results<Ok<Page<WorkItemResponse>>, ValidationProblem>> List(string? queue, WorkItemStatus? status, string? cursor, int? limit,
        ClaimsPrincipal user, RcmDbContext db, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!PageRequest.TryCreate(cursor, limit, errors, out var page)) return TypedResults.ValidationProblem(errors.ToDictionary());
        var practice = user.RequirePracticeId();
        var q = db.WorkItems.AsNoTracking().Where(w => w.PracticeId == practice && w.Id > page.AfterId);
        if (!string.IsNullOrEmpty(queue)) q = q.Where(w => w.Queue == queue);
        if (status is not null) q = q.Where(w => w.Status == status);
        var rows = await q.OrderBy(w => w.Id).Take(page.Limit + 1).ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, w => w.Id, WorkItemResponse.From));
    }

    private static async Task<Results<Ok<WorkItemResponse>, NotFound>> Resolve(long id, ClaimsPrincipal user, RcmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var practice = user.RequirePracticeId();
        var item = await db.WorkItems.SingleOrDefaultAsync(w => w.Id == id && w.PracticeId == practice, ct);
        if (item is null) return TypedResults.NotFound();
        item.Resolve(time.GetUtcNow()); // an already resolved item → 409 (ProblemBoundary)
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(WorkItemResponse.From(item));
    }
}
