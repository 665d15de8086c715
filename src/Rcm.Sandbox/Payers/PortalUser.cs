namespace Rcm.Sandbox.Payers;

/// <summary>
/// A provider-office account on a payer portal. <see cref="SecondFactor"/> is <c>totp</c> (authenticator app, secret in
/// <see cref="TotpSecret"/>, Base32) or <c>email</c> (a one-time code sent to <see cref="Email"/>).
/// </summary>
public sealed record PortalUser
{
    public required string Username { get; init; }

    public required string Password { get; init; }

    public string SecondFactor { get; init; } = "totp";

    public string? TotpSecret { get; init; }

    public string? Email { get; init; }
}
