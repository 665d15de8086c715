using System.Security.Claims;
using Rcm.Core.Audit;

namespace Rcm.Server.Security;

/// <summary>The audit actor of an HTTP request: the signed-in user or API key, and the remote IP.</summary>
public sealed class HttpActorContext(IHttpContextAccessor http) : IActorContext
{
    public string Actor => http.HttpContext?.User.FindFirstValue(RcmClaims.Actor) ?? "anonymous";

    public string? Ip => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
