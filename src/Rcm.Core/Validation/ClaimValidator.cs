using Rcm.Core.Claims;
using Rcm.Core.Validation.PayerRules;
using Rcm.Core.Validation.Reference;
using Rcm.Core.Validation.Rules;

namespace Rcm.Core.Validation;

/// <summary>
/// The validation engine: runs every built-in edit and the payer's rules over a claim and collects all findings (it never
/// stops at the first). Immutable and thread-safe; the allocation-free path is
/// <see cref="Validate(Claim, FindingCollector)"/> with a collector reused per thread.
/// </summary>
public sealed class ClaimValidator
{
    private readonly ClaimRule[] _rules;
    private readonly IClaimReferenceData _codes;
    private readonly PayerRuleBook _payerRules;
    private readonly TimeProvider _time;

    public ClaimValidator(IClaimReferenceData codes, PayerRuleBook payerRules, TimeProvider time, IEnumerable<ClaimRule>? rules = null)
    {
        _codes = codes;
        _payerRules = payerRules;
        _time = time;
        _rules = (rules ?? BuiltInRules.Create()).ToArray();
    }

    public IReadOnlyList<ClaimRule> Rules => _rules;

    public PayerRuleBook PayerRules => _payerRules;

    /// <summary>The profile (and rule set version) that will judge this claim.</summary>
    public PayerProfile ProfileFor(Claim claim) =>
        _payerRules.ProfileFor(claim.PayerId, claim.FirstServiceDate ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));

    public ValidationResult Validate(Claim claim)
    {
        var findings = new FindingCollector();
        var profile = Validate(claim, findings);
        return new ValidationResult(findings.ToArray(), $"{profile.RuleSet}@{profile.Version}");
    }

    /// <summary>Validates into <paramref name="findings"/> (cleared first) and returns the payer profile used.</summary>
    public PayerProfile Validate(Claim claim, FindingCollector findings)
    {
        findings.Clear();
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var profile = _payerRules.ProfileFor(claim.PayerId, claim.FirstServiceDate ?? today);
        var context = new ClaimValidationContext(claim, _codes, profile, today);
        foreach (var rule in _rules)
        {
            rule.Check(in context, findings);
        }

        var payerRules = profile.Rules;
        for (int i = 0; i < payerRules.Count; i++)
        {
            payerRules[i].Check(claim, findings);
        }

        return profile;
    }
}
