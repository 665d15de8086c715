namespace Rcm.Core.Eligibility;

/// <summary>
/// The payer could not be reached or did not answer in time, after the adapter's retries. Like Npgsql's
/// exceptions it says whether trying again later may help (<see cref="IsTransient"/>).
/// </summary>
public sealed class PayerUnreachableException : Exception
{
    public PayerUnreachableException(string message, bool isTransient, Exception? inner = null) : base(message, inner)
    {
        IsTransient = isTransient;
    }

    /// <summary>True for timeouts, 5xx and dropped connections; false for a refused request (4xx) or an unreadable answer.</summary>
    public bool IsTransient { get; }
}
