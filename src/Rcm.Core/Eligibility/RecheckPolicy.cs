namespace Rcm.Core.Eligibility;

/// <summary>
/// Decides whether a stored result is still fresh for a visit: younger than the payer's window, and, on the day of
/// the visit (or after it), run that same day, because coverage that ends overnight must be caught before check-in.
/// </summary>
public static class RecheckPolicy
{
    public static bool IsFresh(DateTimeOffset checkedAt, TimeSpan window, DateTimeOffset visitStartsAt, DateTimeOffset now)
    {
        if (checkedAt > now) return true; // clock skew between nodes: a result from "the future" is the newest we have.
        if (now - checkedAt > window) return false;
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        DateOnly visitDay = DateOnly.FromDateTime(visitStartsAt.UtcDateTime);
        return today < visitDay || DateOnly.FromDateTime(checkedAt.UtcDateTime) >= visitDay;
    }
}
