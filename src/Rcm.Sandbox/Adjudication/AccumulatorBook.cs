using System.Collections.Concurrent;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Adjudication;

/// <summary>
/// Deductible and out-of-pocket met so far per member, starting from the data file and growing as claims adjudicate,
/// so a 271 after a paid claim reports less remaining, as a real payer's does.
/// </summary>
public sealed class AccumulatorBook
{
    private readonly ConcurrentDictionary<string, Accumulators> _byMember = new();

    public Accumulators For(Member member) =>
        _byMember.GetOrAdd(MemberKey.Of(member), _ => new Accumulators(member.DeductibleMet, member.OutOfPocketMet));

    public void Add(Member member, decimal deductible, decimal outOfPocket) =>
        _byMember.AddOrUpdate(
            MemberKey.Of(member),
            _ => new Accumulators(member.DeductibleMet + deductible, member.OutOfPocketMet + outOfPocket),
            (_, a) => new Accumulators(a.DeductibleMet + deductible, a.OutOfPocketMet + outOfPocket));

    public decimal DeductibleRemaining(Member member, PlanDefinition plan) => Math.Max(0, plan.Deductible - For(member).DeductibleMet);

    public decimal OutOfPocketRemaining(Member member, PlanDefinition plan) =>
        plan.OutOfPocketMax <= 0 ? decimal.MaxValue : Math.Max(0, plan.OutOfPocketMax - For(member).OutOfPocketMet);
}
