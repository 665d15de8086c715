namespace Rcm.Core.Validation;

/// <summary>The findings of one claim's validation. The claim may be submitted only when <see cref="IsBlocked"/> is false.</summary>
public sealed class ValidationResult
{
    public ValidationResult(IReadOnlyList<Finding> findings, string ruleSetVersion)
    {
        Findings = findings;
        RuleSetVersion = ruleSetVersion;
        foreach (var finding in findings)
        {
            if (finding.IsBlocking)
            {
                IsBlocked = true;
                break;
            }
        }
    }

    public IReadOnlyList<Finding> Findings { get; }

    public bool IsBlocked { get; }

    /// <summary>The payer rule set and version the claim was judged by (e.g. <c>acme-health@2026.1</c>, or <c>default@0</c>).</summary>
    public string RuleSetVersion { get; }

    public IEnumerable<Finding> Blocking => Findings.Where(f => f.IsBlocking);

    public IEnumerable<Finding> Warnings => Findings.Where(f => !f.IsBlocking);
}
