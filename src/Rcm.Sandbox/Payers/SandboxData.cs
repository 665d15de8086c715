using Rcm.Sandbox.Members;

namespace Rcm.Sandbox.Payers;

/// <summary>
/// The contents of a sandbox data file: payers with their rules, fixed scenario members, the seed and size of the
/// generated population, and where the simulated clock starts.
/// </summary>
public sealed record SandboxData
{
    public string? Description { get; init; }

    public int Seed { get; init; } = 1;

    public DateTimeOffset ClockStart { get; init; } = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    public int GeneratedMembersPerPayer { get; init; } = 40;

    public required IReadOnlyList<PayerProfile> Payers { get; init; }

    public IReadOnlyList<Member> Members { get; init; } = [];
}
