namespace Rcm.Core.Validation;

/// <summary>
/// One validation rule with a permanent id (docs/rules.md). One rule per class, as in roslyn-analyzers and NRules: each rule
/// is tested on its own with a claim that fails it and one that passes.
/// </summary>
public abstract class ClaimRule
{
    protected ClaimRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    /// <summary>Adds a finding to <paramref name="findings"/> for each problem; adds nothing for a clean claim and must not allocate then.</summary>
    public abstract void Check(in ClaimValidationContext context, FindingCollector findings);

    protected void Report(FindingCollector findings, string field, int? lineNumber, string message, string fix) =>
        findings.Add(Descriptor, field, lineNumber, message, fix);

    /// <summary>The field path of a line, e.g. <c>lines[3].units</c> (1-based, like the line numbers billers see).</summary>
    protected static string LineField(int lineNumber, string field) => $"lines[{lineNumber}].{field}";
}
