namespace Rcm.Core.Eligibility;

/// <summary>
/// One real-time check: builds the 270, sends it through the payer port, reads the 271. Never throws for a payer
/// problem: an unreachable payer is an <see cref="EligibilityStatus.Unreachable"/> outcome, never a verified one.
/// </summary>
public sealed class EligibilityChecker
{
    private readonly IPayerConnection _connection;
    private readonly Eligibility270Builder _builder;

    public EligibilityChecker(IPayerConnection connection, Eligibility270Builder builder)
    {
        _connection = connection;
        _builder = builder;
    }

    public async Task<EligibilityOutcome> CheckAsync(PayerEndpoint endpoint, EligibilityInquiry inquiry, CancellationToken ct)
    {
        byte[] request = _builder.Build(inquiry);
        byte[] answer;
        try
        {
            answer = await _connection.ExchangeAsync(endpoint, request, ct);
        }
        catch (PayerUnreachableException e)
        {
            return EligibilityOutcome.Unreachable(e.Message);
        }

        return Eligibility271Reader.Read(answer, inquiry.ServiceType);
    }
}
