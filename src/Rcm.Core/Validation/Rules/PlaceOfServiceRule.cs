using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>POS001: a professional claim needs a place of service from the CMS list, on the claim or on each line.</summary>
public sealed class PlaceOfServiceRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("POS001", FindingSeverity.Block, "Place of service missing or unknown");

    public PlaceOfServiceRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (claim.Kind != ClaimKind.Professional)
        {
            return;
        }

        if (claim.PlaceOfService is { } pos && !context.Codes.IsPlaceOfService(pos, claim.FirstServiceDate ?? context.Today))
        {
            Report(findings, "placeOfService", null, $"Place of service '{pos}' is not on the CMS place-of-service list.", "Choose the place of service where the patient was seen (e.g. 11 office, 12 home, 10 telehealth at home).");
        }

        foreach (var line in claim.Lines)
        {
            if (line.PlaceOfService is { } linePos)
            {
                if (!context.Codes.IsPlaceOfService(linePos, line.ServiceDate))
                {
                    Report(findings, LineField(line.Number, "placeOfService"), line.Number, $"Place of service '{linePos}' is not on the CMS place-of-service list.", "Choose a valid place of service for this line.");
                }
            }
            else if (claim.PlaceOfService is null)
            {
                Report(findings, LineField(line.Number, "placeOfService"), line.Number, "The line has no place of service and the claim gives none.", "Set the place of service on the claim.");
            }
        }
    }
}
