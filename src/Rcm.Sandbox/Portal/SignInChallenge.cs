namespace Rcm.Sandbox.Portal;

/// <summary>A password accepted and a second factor awaited (TOTP or an e-mailed code).</summary>
public sealed record SignInChallenge(string Id, string PayerId, string Username, string Factor, string? EmailCode, string? MaskedEmail, DateTimeOffset ExpiresAt);
