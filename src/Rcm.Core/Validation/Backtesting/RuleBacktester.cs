using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Validation.Backtesting;

/// <summary>
/// Runs rules over past claims with known outcomes: how many past denials a rule (or a rule set version) would have stopped,
/// and how many paid claims it would have blocked. Storage-free: the caller supplies the (claim, outcome) pairs, e.g. claims
/// joined to their imported 835s.
/// </summary>
public static class RuleBacktester
{
    /// <summary>
    /// Backtests <paramref name="validator"/>'s rules; when <paramref name="ruleIds"/> is given, only findings of those rules count
    /// (so one new rule can be judged alone, on top of the engine that produced it).
    /// </summary>
    public static BacktestReport Run(IEnumerable<HistoricalClaim> history, ClaimValidator validator, IReadOnlySet<string>? ruleIds = null)
    {
        var perRule = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var descriptors = validator.Rules.Select(r => r.Descriptor)
            .Concat(validator.PayerRules.Sets.SelectMany(s => s.Profile.Rules).Select(r => r.Descriptor))
            .GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var findings = new FindingCollector();
        int claims = 0, denied = 0, stopped = 0, blocked = 0;
        foreach (var past in history)
        {
            claims++;
            bool wasDenied = past.Outcome == ClaimOutcome.Denied;
            denied += wasDenied ? 1 : 0;
            validator.Validate(past.Claim, findings);
            bool held = false;
            foreach (var id in findings.Findings.Where(f => ruleIds is null || ruleIds.Contains(f.RuleId)).GroupBy(f => f.RuleId))
            {
                var first = id.First();
                if (!perRule.TryGetValue(id.Key, out var tally))
                {
                    tally = new Tally(descriptors.GetValueOrDefault(id.Key) ?? new RuleDescriptor(id.Key, first.Severity, id.Key));
                    perRule[id.Key] = tally;
                }

                if (first.IsBlocking)
                {
                    held = true;
                    _ = wasDenied ? tally.Stopped++ : tally.Blocked++;
                }
                else
                {
                    tally.Warned++;
                }
            }

            if (held)
            {
                _ = wasDenied ? stopped++ : blocked++;
            }
        }

        var lines = perRule.Values
            .Select(v => new RuleBacktestLine(v.Rule.Id, v.Rule.Title, v.Rule.Severity, v.Stopped, v.Blocked, v.Warned))
            .OrderBy(l => l.RuleId, StringComparer.Ordinal)
            .ToArray();
        return new BacktestReport(claims, denied, claims - denied, stopped, blocked, lines);
    }

    /// <summary>
    /// Backtests one payer rule set version as if it had been in force for every past claim of its payers, over the built-in
    /// edits of <paramref name="codes"/>; only the version's own PAY rules are counted.
    /// </summary>
    public static BacktestReport RunRuleSet(IEnumerable<HistoricalClaim> history, PayerRuleSet version,
        Reference.IClaimReferenceData codes, TimeProvider time)
    {
        var pinned = version with { Effective = DateOnly.MinValue };
        var validator = new ClaimValidator(codes, new PayerRuleBook([pinned]), time, rules: []);
        var ids = version.Profile.Rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        return Run(history, validator, ids);
    }

    private sealed class Tally(RuleDescriptor rule)
    {
        public RuleDescriptor Rule { get; } = rule;
        public int Stopped { get; set; }
        public int Blocked { get; set; }
        public int Warned { get; set; }
    }
}
