using System.Globalization;
using System.Security.Claims;

namespace Rcm.Server.Security;

/// <summary>Claim types OpenRCM adds to a principal, and readers for them.</summary>
public static class RcmClaims
{
    public const string Practice = "rcm_practice";
    public const string PracticeName = "rcm_practice_name";
    public const string Role = "rcm_role";
    public const string Actor = "rcm_actor";

    /// <summary>Present when the principal is strongly authenticated: an API key, or a password + TOTP sign-in.</summary>
    public const string Strong = "rcm_strong";

    public static long? PracticeId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(Practice), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The practice of an authorised caller; endpoints only run after the policy required it.</summary>
    public static long RequirePracticeId(this ClaimsPrincipal user) =>
        user.PracticeId() ?? throw new InvalidOperationException("No practice on an authorised principal.");
}
