namespace Rcm.Sandbox.Portal;

/// <summary>The outcome of a password or code step: a challenge or session, or why not.</summary>
public sealed record SignInResult(SignInChallenge? Challenge, PortalSession? Session, string? Error, bool Locked)
{
    public static SignInResult Fail(string error, bool locked = false) => new(null, null, error, locked);
}
