using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Tests.Support;

/// <summary>The fixed scenario members of the default data file, looked up by payer and label.</summary>
public static class Scenarios
{
    private static readonly Lazy<SandboxData> Data = new(SandboxDataLoader.LoadDefault);

    public static Member Get(string payerId, string scenario) =>
        Data.Value.Members.SingleOrDefault(m => m.PayerId == payerId && m.Scenario == scenario)
        ?? throw new InvalidOperationException($"No {scenario} member at {payerId} in the default data file.");

    public static (string Last, string First, DateOnly Birth) SubscriberOf(Member dependent) =>
        (dependent.Subscriber!.LastName, dependent.Subscriber.FirstName, dependent.Subscriber.BirthDate);

    public static ClaimSpec ClaimFor(Member m, string claimId) => new()
    {
        ClaimId = claimId,
        PayerId = m.PayerId,
        MemberId = m.MemberId,
        LastName = m.Person.LastName,
        FirstName = m.Person.FirstName,
        BirthDate = m.Person.BirthDate,
        Subscriber = m.Subscriber is null ? null : SubscriberOf(m),
    };
}
