namespace Rcm.Core.Eligibility;

/// <summary>Permanent gate-1 issue codes (docs/eligibility.md lists them with their fixes).</summary>
public static class EligibilityCodes
{
    public const string Queue = "eligibility";
    public const string NoCoverage = "ELG001";
    public const string SubscriberMissing = "ELG002";
    public const string NotChecked = "ELG003";
    public const string Stale = "ELG004";
    public const string Inactive = "ELG005";
    public const string Rejected = "ELG006";
    public const string Unreachable = "ELG007";
    public const string CobContradiction = "ELG008";
    public const string NotConnected = "ELG009";
}
