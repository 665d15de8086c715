using System.Security.Cryptography;
using System.Text;
using Rcm.Core.Persistence;

namespace Rcm.Core.Security;

/// <summary>
/// Creates and checks API keys of the form <c>rcm_{prefix}_{secret}</c>: 8 hex prefix (lookup) and a
/// 256-bit random secret in hex. The secret has full entropy, so one SHA-256 is enough at rest (a slow password
/// hash protects low-entropy secrets; it adds nothing here and would slow every API call).
/// </summary>
public static class ApiKeyIssuer
{
    public static async Task<string> CreateAsync(RcmDbContext db, long practiceId, string role, string? label, TimeProvider time, CancellationToken ct)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey(practiceId, role, prefix, Hash(secret), label, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return $"rcm_{prefix}_{secret}";
    }

    /// <summary>Splits a presented key; false when it is not shaped like one of ours.</summary>
    public static bool TrySplit(string presented, out string prefix, out string secret)
    {
        prefix = secret = "";
        var parts = presented.Split('_');
        if (parts.Length != 3 || parts[0] != "rcm" || parts[1].Length != 8 || parts[2].Length < 20) return false;
        prefix = parts[1];
        secret = parts[2];
        return true;
    }

    public static bool Matches(ApiKey key, string secret) =>
        CryptographicOperations.FixedTimeEquals(key.SecretHash, Hash(secret));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
