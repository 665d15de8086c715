namespace Rcm.Core.Validation.Rules;

/// <summary>CLM005: a replacement (7) or void (8) must name the payer's claim number it replaces (X222A1 2300 REF*F8).</summary>
public sealed class ReplacementReferenceRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("CLM005", FindingSeverity.Block, "Replacement or void without the original claim number");

    public ReplacementReferenceRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (claim.FrequencyCode is "7" or "8" && string.IsNullOrWhiteSpace(claim.OriginalClaimNumber))
        {
            string kind = claim.FrequencyCode == "7" ? "replacement" : "void";
            Report(findings, "originalClaimNumber", null, $"This {kind} claim does not give the payer's claim number of the claim it changes.", "Enter the payer claim control number from the remittance or the 277CA of the original claim.");
        }
    }
}
