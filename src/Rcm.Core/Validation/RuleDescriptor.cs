namespace Rcm.Core.Validation;

/// <summary>The permanent identity of a rule: its id, severity and one-line title, as listed in docs/rules.md.</summary>
/// <param name="Id">Permanent id (family prefix + number, e.g. <c>MUE001</c>).</param>
/// <param name="Severity">What every finding of this rule weighs.</param>
/// <param name="Title">One line saying what the rule checks.</param>
public sealed record RuleDescriptor(string Id, FindingSeverity Severity, string Title);
