namespace Rcm.Sandbox.Payers;

/// <summary>How one payer's web portal looks and behaves.</summary>
public sealed record PortalSettings
{
    /// <summary>Title shown in the header, e.g. "Summit Provider Connect".</summary>
    public string Title { get; init; } = "Provider Portal";

    public PortalStyle Style { get; init; } = PortalStyle.Table;

    /// <summary>
    /// Field naming scheme for forms and result ids; real portals differ in exactly this, so automation must be told,
    /// not guess. <c>classic</c> uses memberId/claimNumber, <c>alt</c> uses subscriber_id/icn.
    /// </summary>
    public string FieldScheme { get; init; } = "classic";

    /// <summary>Layout variant in force: <c>standard</c> or <c>redesign</c> (switchable at run time).</summary>
    public string Layout { get; init; } = "standard";

    /// <summary>Idle minutes (simulated clock) after which a session expires.</summary>
    public int SessionMinutes { get; init; } = 15;

    /// <summary>Bad sign-ins in a row after which the account locks; 0 disables the lockout.</summary>
    public int LockoutAfter { get; init; } = 5;

    /// <summary>Minutes (simulated clock) a locked account stays locked.</summary>
    public int LockoutMinutes { get; init; } = 30;

    public IReadOnlyList<PortalUser> Users { get; init; } = [];
}
