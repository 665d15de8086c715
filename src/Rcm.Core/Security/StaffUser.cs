using Microsoft.AspNetCore.Identity;

namespace Rcm.Core.Security;

/// <summary>A staff account (ASP.NET Core Identity): password + TOTP authenticator; practices via <see cref="StaffMembership"/>.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
