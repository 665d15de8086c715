using Microsoft.AspNetCore.DataProtection;

namespace Rcm.Server.Security;

/// <summary>Encrypts secrets at rest (payer passwords, TOTP seeds) with Data Protection; keys live in the database.</summary>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Rcm.PayerSecrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
