using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Validation;

/// <summary>Runs one rule (or the whole engine) over a claim on the test date with the test reference data.</summary>
public static class RuleHarness
{
    public static IReadOnlyList<Finding> Run(ClaimRule rule, Claim claim, PayerProfile? payer = null)
    {
        var findings = new FindingCollector();
        var context = new ClaimValidationContext(claim, TestReferenceData.Standard, payer ?? PayerProfile.Default, ClaimBuilder.Today);
        rule.Check(in context, findings);
        return findings.ToArray();
    }

    public static ClaimValidator Validator(PayerRuleBook? book = null) =>
        new(TestReferenceData.Standard, book ?? PayerRuleBook.Empty, FixedTimeProvider.On(ClaimBuilder.Today));

    /// <summary>Asserts exactly one finding of the rule, on the given field, and returns it.</summary>
    public static Finding Single(IReadOnlyList<Finding> findings, string ruleId, string field)
    {
        var finding = Assert.Single(findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(field, finding.Field);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.False(string.IsNullOrWhiteSpace(finding.Fix));
        return finding;
    }
}
