using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>CLM001: the claim header a payer needs before it can read anything else (claim id, payer, frequency, lines, diagnoses).</summary>
public sealed class RequiredClaimDataRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("CLM001", FindingSeverity.Block, "Claim header data missing");

    public RequiredClaimDataRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (string.IsNullOrWhiteSpace(claim.ClaimId))
        {
            Report(findings, "claimId", null, "The claim has no claim number (patient control number).", "Give the claim its practice claim number.");
        }
        else if (claim.ClaimId.Length > 38)
        {
            // X222A1/X223A2 2300 CLM01: 1–38 characters.
            Report(findings, "claimId", null, $"The claim number is {claim.ClaimId.Length} characters long; claims allow at most 38.", "Shorten the claim number to 38 characters or fewer.");
        }

        if (string.IsNullOrWhiteSpace(claim.PayerId))
        {
            Report(findings, "payerId", null, "The claim names no payer id.", "Select the patient's coverage so the payer id is filled in.");
        }

        if (claim.Kind == ClaimKind.Professional && claim.FrequencyCode is not ("1" or "7" or "8"))
        {
            // X222A1 2300 CLM05-3: 1 original, 7 replacement, 8 void.
            Report(findings, "frequencyCode", null, $"Claim frequency '{claim.FrequencyCode}' is not 1 (original), 7 (replacement) or 8 (void).", "Set the claim frequency to 1, 7 or 8.");
        }

        if (claim.Lines.Count == 0)
        {
            Report(findings, "lines", null, "The claim has no service lines.", "Add the services from the visit.");
        }

        if (claim.Diagnoses.Count == 0)
        {
            Report(findings, "diagnoses", null, "The claim has no diagnosis.", "Add the diagnoses documented in the note, principal first.");
        }
    }
}
