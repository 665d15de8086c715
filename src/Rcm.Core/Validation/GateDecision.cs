namespace Rcm.Core.Validation;

/// <summary>
/// The gate's answer: submit allowed or refused, with every finding. A refused claim goes to the coding queue with these
/// findings; an allowed one still carries its warnings.
/// </summary>
public sealed record GateDecision(bool SubmitAllowed, ValidationResult Validation)
{
    public IReadOnlyList<Finding> Findings => Validation.Findings;

    public string Reason => SubmitAllowed
        ? "no blocking finding"
        : $"{Validation.Blocking.Count()} blocking finding(s): {string.Join(", ", Validation.Blocking.Select(f => f.RuleId).Distinct())}";
}
