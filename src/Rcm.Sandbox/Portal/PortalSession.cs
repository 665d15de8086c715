namespace Rcm.Sandbox.Portal;

/// <summary>A signed-in portal session; expires after the payer's idle minutes on the simulated clock.</summary>
public sealed class PortalSession
{
    public required string Token { get; init; }

    public required string PayerId { get; init; }

    public required string Username { get; init; }

    /// <summary>Hidden form token every POST must echo (as real portals' anti-forgery fields).</summary>
    public required string FormToken { get; init; }

    public DateTimeOffset LastSeen { get; set; }
}
