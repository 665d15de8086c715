namespace Rcm.Sandbox.Portal;

/// <summary>
/// Form field names and element ids one portal uses. Real payer portals name the same things differently, and a
/// redesign renames them again; automation has to be told per payer, which is the point.
/// </summary>
public sealed record PortalFields(
    string User,
    string Password,
    string Code,
    string MemberId,
    string ClaimNumber,
    string BirthDate,
    string File,
    string SignInLabel,
    string ResultsId)
{
    public static PortalFields Classic { get; } = new("username", "password", "otp", "memberId", "claimNumber", "birthDate", "file", "Sign in", "results");

    public static PortalFields Alternate { get; } = new("userId", "passcode", "verificationCode", "subscriber_id", "icn", "dob", "document", "Log On", "search-results");

    public static PortalFields Redesign { get; } = new("login_name", "login_secret", "mfa_code", "member_number", "claim_ref", "date_of_birth", "upload", "Continue", "v2-results");
}
