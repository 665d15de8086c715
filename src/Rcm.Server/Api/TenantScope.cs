using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary>
/// Second line of tenant isolation: after authentication, the request's DbContext is scoped to the caller's
/// practice, so its global query filters hide every other practice's rows even where an endpoint forgets.
/// </summary>
public sealed class TenantScope(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, RcmDbContext db)
    {
        if (context.User.PracticeId() is { } practice) db.TenantId = practice;
        else if (context.User.Identity?.IsAuthenticated == true) db.TenantId = -1;
        return next(context);
    }
}
