namespace Rcm.Core.Security;

/// <summary>A staff user's role in one practice. A user may belong to several practices (billing companies).</summary>
public sealed class StaffMembership
{
    private StaffMembership() { }

    public StaffMembership(string userId, long practiceId, string role)
    {
        if (!Roles.IsKnown(role)) throw new ArgumentException("Unknown role " + role, nameof(role));
        UserId = userId;
        PracticeId = practiceId;
        Role = role;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public long PracticeId { get; private set; }
    public string Role { get; private set; } = "";
}
