using Microsoft.AspNetCore.Authorization;
using Rcm.Core.Security;

namespace Rcm.Server.Security;

/// <summary>
/// One policy per kind of access, each a set of roles (DESIGN.md §6). Every policy also requires a practice
/// and strong authentication (API key, or staff password + TOTP).
/// </summary>
public static class AccessPolicies
{
    public const string SetupRead = "setup.read";
    public const string SetupWrite = "setup.write";
    public const string PatientsRead = "patients.read";
    public const string PatientsWrite = "patients.write";
    public const string AuditRead = "audit.read";
    public const string WorkWrite = "work.write";

    /// <summary>Any staff role: the web UI shell.</summary>
    public const string Staff = "staff";

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [SetupRead] = [Roles.FrontDesk, Roles.Coder, Roles.Biller, Roles.BillingLead, Roles.Admin],
        [SetupWrite] = [Roles.BillingLead, Roles.Admin],
        [PatientsRead] = [Roles.FrontDesk, Roles.Coder, Roles.Biller, Roles.BillingLead, Roles.Admin],
        [PatientsWrite] = [Roles.FrontDesk, Roles.Biller, Roles.BillingLead, Roles.Admin],
        [AuditRead] = [Roles.Auditor, Roles.Admin],
        [WorkWrite] = [Roles.FrontDesk, Roles.Coder, Roles.Biller, Roles.BillingLead, Roles.Admin],
        [Staff] = [.. Roles.All],
    };

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, roles) in RolesByPolicy)
        {
            options.AddPolicy(name, p => p
                .RequireAuthenticatedUser()
                .RequireClaim(RcmClaims.Strong, "true")
                .RequireClaim(RcmClaims.Practice)
                .RequireClaim(RcmClaims.Role, roles));
        }
    }
}
