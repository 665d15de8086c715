namespace Rcm.Core.Validation;

/// <summary>
/// One validation finding on a claim: a permanent rule id (see docs/rules.md), how much it matters, where it is, what is
/// wrong in plain words, and how to fix it.
/// </summary>
/// <param name="RuleId">Permanent rule id, e.g. <c>NPI001</c> or a payer rule's <c>PAY101</c>; never reused for another meaning.</param>
/// <param name="Severity">Block holds the claim back; warn lets it go with the claim.</param>
/// <param name="Field">Path of the claim field, e.g. <c>billingProvider.npi</c> or <c>lines[2].modifiers</c>.</param>
/// <param name="LineNumber">1-based service line the finding is about; null for the claim as a whole.</param>
/// <param name="Message">What is wrong, for a biller.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record Finding(string RuleId, FindingSeverity Severity, string Field, int? LineNumber, string Message, string Fix)
{
    public bool IsBlocking => Severity == FindingSeverity.Block;
}
