using System.Collections.Frozen;
using Rcm.Core.Claims;

namespace Rcm.Core.Validation.PayerRules;

/// <summary>What a payer rule demands of a line it applies to. Every requirement given must be met.</summary>
public sealed class PayerRuleRequirement
{
    /// <summary>The line must carry every one of these modifiers.</summary>
    public IReadOnlyList<string>? Modifiers { get; init; }

    /// <summary>The line must carry at least one of these modifiers.</summary>
    public FrozenSet<string>? AnyModifier { get; init; }

    /// <summary>The line must carry none of these modifiers.</summary>
    public FrozenSet<string>? ForbiddenModifiers { get; init; }

    /// <summary>A prior-authorization number on the claim or the line.</summary>
    public bool PriorAuthorization { get; init; }

    /// <summary>An attachment (PWK) on the claim or the line; when the set is not empty, of one of these report types.</summary>
    public FrozenSet<string>? Attachment { get; init; }

    public decimal? MaxUnits { get; init; }

    public FrozenSet<string>? PlacesOfService { get; init; }

    /// <summary>The first requirement the line fails, named for the finding's field path; null when the line meets them all.</summary>
    public string? FirstUnmet(Claim claim, ServiceLine line)
    {
        if (Modifiers is not null)
        {
            for (int i = 0; i < Modifiers.Count; i++)
            {
                if (!line.HasModifier(Modifiers[i]))
                {
                    return "modifiers";
                }
            }
        }

        if (AnyModifier is not null && !PayerRuleCondition.AnyModifierIn(line, AnyModifier))
        {
            return "modifiers";
        }

        if (ForbiddenModifiers is not null && PayerRuleCondition.AnyModifierIn(line, ForbiddenModifiers))
        {
            return "modifiers";
        }

        if (PriorAuthorization && !claim.HasAuthorizationFor(line))
        {
            return "priorAuthorization";
        }

        if (Attachment is not null && !HasAttachment(claim, line, Attachment))
        {
            return "attachments";
        }

        if (MaxUnits is { } max && line.Units > max)
        {
            return "units";
        }

        if (PlacesOfService is not null && (claim.PlaceOfServiceFor(line) is not { } pos || !PlacesOfService.Contains(pos)))
        {
            return "placeOfService";
        }

        return null;
    }

    private static bool HasAttachment(Claim claim, ServiceLine line, FrozenSet<string> reportTypes)
    {
        foreach (var attachment in line.Attachments)
        {
            if (reportTypes.Count == 0 || reportTypes.Contains(attachment.ReportTypeCode))
            {
                return true;
            }
        }

        foreach (var attachment in claim.Attachments)
        {
            if (reportTypes.Count == 0 || reportTypes.Contains(attachment.ReportTypeCode))
            {
                return true;
            }
        }

        return false;
    }
}
