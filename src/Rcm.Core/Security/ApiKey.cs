namespace Rcm.Core.Security;

/// <summary>
/// An API key for integrations, scoped to one practice and one role. Only a SHA-256 hash of the secret
/// part is stored; the clear key is shown once, when created. <see cref="Prefix"/> (public) finds the row.
/// </summary>
public sealed class ApiKey
{
    private ApiKey() { }

    public ApiKey(long practiceId, string role, string prefix, byte[] secretHash, string? label, DateTimeOffset at)
    {
        if (!Roles.IsKnown(role)) throw new ArgumentException("Unknown role " + role, nameof(role));
        PracticeId = practiceId;
        Role = role;
        Prefix = prefix;
        SecretHash = secretHash;
        Label = label;
        CreatedAt = at;
    }

    public long Id { get; private set; }
    public long PracticeId { get; private set; }
    public string Role { get; private set; } = "";
    public string Prefix { get; private set; } = "";
    public byte[] SecretHash { get; private set; } = [];
    public string? Label { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
