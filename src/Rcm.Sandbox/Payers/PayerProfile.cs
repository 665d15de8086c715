using Rcm.Sandbox.Faults;

namespace Rcm.Sandbox.Payers;

/// <summary>
/// One simulated payer: identity, plans, the rules its adjudication applies (prior-auth list, required modifiers,
/// attachment demands, non-covered services, timely filing), its timing habits, its portal and its default faults.
/// </summary>
public sealed record PayerProfile
{
    /// <summary>Payer id as used in NM1*PR (NM109, qualifier PI) and as ISA08/GS03 of files sent to it.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public PayerKind Kind { get; init; }

    /// <summary>Prefix of generated member ids (e.g. <c>SCH</c>); Medicare-like payers generate MBI-shaped ids instead.</summary>
    public string MemberIdPrefix { get; init; } = "M";

    public IReadOnlyList<PlanDefinition> Plans { get; init; } = [];

    /// <summary>Procedures that need an approved authorization (REF*G1 on the claim, matching an approved 278).</summary>
    public IReadOnlyList<string> PriorAuthProcedures { get; init; } = [];

    public IReadOnlyList<ModifierRule> RequiredModifiers { get; init; } = [];

    /// <summary>Procedures that need documentation (an attachment) before payment: CO-16 with M127 until it arrives.</summary>
    public IReadOnlyList<string> AttachmentProcedures { get; init; } = [];

    /// <summary>Procedures the plan never covers: CO-96 with N130.</summary>
    public IReadOnlyList<string> NonCoveredProcedures { get; init; } = [];

    public CarveOutRule? CarveOut { get; init; }

    /// <summary>Days from the date of service within which the claim must be received; later ones deny CO-29.</summary>
    public int TimelyFilingDays { get; init; } = 90;

    /// <summary>Days from receipt to the 835 for a clean claim (Medicare's payment floor is 14).</summary>
    public int AdjudicationDays { get; init; } = 14;

    /// <summary>Days a claim for a <c>pending_long</c> member sits in review with no movement before it is decided.</summary>
    public int PendingLongDays { get; init; } = 75;

    public FeeSchedule FeeSchedule { get; init; } = new();

    public PortalSettings Portal { get; init; } = new();

    public FaultSettings Faults { get; init; } = new();

    public PlanDefinition PlanOrDefault(string? planId) =>
        Plans.FirstOrDefault(p => p.Id == planId) ?? Plans.FirstOrDefault()
        ?? throw new InvalidOperationException($"Payer {Id} has no plans in the sandbox data file.");
}
