using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence;

namespace Rcm.Server.Security;

/// <summary>
/// Gives a signed-in staff user the practice chosen in the practice switcher (cookie <see cref="PracticeCookie"/>,
/// else the first membership), the role held there, and the strong-authentication flag when the sign-in used TOTP
/// (Identity adds <c>amr=mfa</c> after a two-factor sign-in).
/// </summary>
public sealed class StaffClaimsTransformation(RcmDbContext db, IHttpContextAccessor http) : IClaimsTransformation
{
    public const string PracticeCookie = "rcm_practice";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == RcmClaims.Practice)) return principal;
        if (principal.Identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName) return principal;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return principal;

        var memberships = await db.StaffMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Practices, m => m.PracticeId, p => p.Id, (m, p) => new { m.PracticeId, m.Role, p.Name })
            .OrderBy(m => m.PracticeId)
            .ToListAsync();
        var chosen = http.HttpContext?.Request.Cookies[PracticeCookie];
        var current = memberships.FirstOrDefault(m => m.Name == chosen) ?? memberships.FirstOrDefault();

        var extra = new ClaimsIdentity();
        extra.AddClaim(new Claim(RcmClaims.Actor, "user:" + userId));
        if (current is not null)
        {
            extra.AddClaim(new Claim(RcmClaims.Practice, current.PracticeId.ToString(CultureInfo.InvariantCulture)));
            extra.AddClaim(new Claim(RcmClaims.PracticeName, current.Name));
            extra.AddClaim(new Claim(RcmClaims.Role, current.Role));
        }
        if (principal.HasClaim("amr", "mfa")) extra.AddClaim(new Claim(RcmClaims.Strong, "true"));
        var copy = principal.Clone();
        copy.AddIdentity(extra);
        return copy;
    }
}
