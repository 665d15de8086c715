namespace Rcm.Core.Security;

/// <summary>Staff roles (DESIGN.md §6), the same names for staff memberships and API keys.</summary>
public static class Roles
{
    public const string FrontDesk = "front_desk";
    public const string Coder = "coder";
    public const string Biller = "biller";
    public const string BillingLead = "billing_lead";
    public const string Admin = "admin";
    public const string Auditor = "auditor";

    public static IReadOnlyList<string> All { get; } = [FrontDesk, Coder, Biller, BillingLead, Admin, Auditor];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}
