namespace Rcm.Core.Eligibility;

/// <summary>
/// The payer port (DESIGN.md §2): how OpenRCM exchanges real-time X12 with a payer or clearinghouse. Adapters in
/// Rcm.Payers implement it (X12 over HTTP today; portals later). An adapter retries what is transient itself and
/// throws <see cref="PayerUnreachableException"/> when the payer could not be reached at all.
/// </summary>
public interface IPayerConnection
{
    /// <summary>Sends one real-time interchange (e.g. a 270) to <paramref name="endpoint"/> and returns the payer's answer (e.g. a 271).</summary>
    Task<byte[]> ExchangeAsync(PayerEndpoint endpoint, ReadOnlyMemory<byte> request, CancellationToken ct);
}
