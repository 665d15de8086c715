namespace Rcm.Sandbox.Tests.Support;

/// <summary>The field ids each portal scheme uses, as docs/sandbox.md lists them (kept here on purpose, not shared with the sandbox code).</summary>
public sealed record PortalNames(string User, string Password, string Code, string MemberId, string ClaimNumber, string BirthDate, string File, string Results)
{
    public static PortalNames Classic { get; } = new("username", "password", "otp", "memberId", "claimNumber", "birthDate", "file", "results");

    public static PortalNames Alternate { get; } = new("userId", "passcode", "verificationCode", "subscriber_id", "icn", "dob", "document", "search-results");

    public static PortalNames Redesign { get; } = new("login_name", "login_secret", "mfa_code", "member_number", "claim_ref", "date_of_birth", "upload", "v2-results");
}
