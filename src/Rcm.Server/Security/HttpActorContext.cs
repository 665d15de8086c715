using System.Security.Claims;
using Rcm.Core.Audit;

namespace Rcm.Server.Security;

/// <summary>
/// The audit actor of an HTTP request: the signed-in user or API key, and the remote IP. Outside a request
/// (start-up seeding, jobs resolved from the container) the actor is the platform itself.
/// </summary>
public sealed class HttpActorContext(IHttpContextAccessor http) : IActorContext
{
    public string Actor => http.HttpContext is { } context ? context.User.FindFirstValue(RcmClaims.Actor) ?? "anonymous" : "system:platform";

    public string? Ip => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
