using Microsoft.AspNetCore.Authorization;
using Rcm.Core.Security;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary>
/// Who may do what with notes and templates. Notes are clinical PHI: front desk and auditors do not read them here
/// (auditors see the audit trail). Staff accounts are not linked to providers yet, so coders and billing leads act for
/// the rendering provider; signing is still checked against the rendering provider (DOC030). Templates and overlays
/// change what every later note must hold, so only billing leads and admins publish them. Same requirement shape as
/// <see cref="AccessPolicies"/>: strong authentication, a practice, one of the roles.
/// </summary>
public static class DocumentationAccess
{
    public const string NotesRead = "notes.read";
    public const string NotesWrite = "notes.write";
    public const string TemplatesPublish = "templates.publish";

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [NotesRead] = [Roles.Coder, Roles.Biller, Roles.BillingLead, Roles.Admin],
        [NotesWrite] = [Roles.Coder, Roles.BillingLead, Roles.Admin],
        [TemplatesPublish] = [Roles.BillingLead, Roles.Admin],
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
