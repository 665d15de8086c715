using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rcm.Core.Persistence;
using Rcm.Core.Security;

namespace Rcm.Server.Security;

/// <summary>Authenticates <c>Authorization: Bearer rcm_…</c> against the hashed keys in the database.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RcmDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var presented = header["Bearer ".Length..].Trim();
        if (!ApiKeyIssuer.TrySplit(presented, out var prefix, out var secret)) return AuthenticateResult.Fail("Malformed API key.");
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || key.RevokedAt is not null || !ApiKeyIssuer.Matches(key, secret)) return AuthenticateResult.Fail("Unknown or revoked API key.");

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "apikey:" + key.Prefix),
            new Claim(RcmClaims.Actor, "apikey:" + key.Prefix),
            new Claim(RcmClaims.Practice, key.PracticeId.ToString(CultureInfo.InvariantCulture)),
            new Claim(RcmClaims.Role, key.Role),
            new Claim(RcmClaims.Strong, "true"),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
