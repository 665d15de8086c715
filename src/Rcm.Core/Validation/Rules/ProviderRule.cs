using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>
/// Base of the rules that check every provider on a claim the same way (billing, rendering, referring, attending, service
/// facility, and each line's rendering provider). The field path is built only when a finding is reported.
/// </summary>
public abstract class ProviderRule : ClaimRule
{
    protected ProviderRule(RuleDescriptor descriptor) : base(descriptor)
    {
    }

    public sealed override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        CheckProvider(in context, findings, claim.BillingProvider, "billingProvider", null);
        CheckOptional(in context, findings, claim.RenderingProvider, "renderingProvider");
        CheckOptional(in context, findings, claim.ReferringProvider, "referringProvider");
        CheckOptional(in context, findings, claim.AttendingProvider, "attendingProvider");
        CheckOptional(in context, findings, claim.ServiceFacility, "serviceFacility");
        foreach (var line in claim.Lines)
        {
            if (line.RenderingProvider is { } rendering)
            {
                CheckProvider(in context, findings, rendering, "renderingProvider", line.Number);
            }
        }
    }

    /// <summary>Checks one provider; <paramref name="role"/> is the field name, <paramref name="lineNumber"/> set for a line's provider.</summary>
    protected abstract void CheckProvider(in ClaimValidationContext context, FindingCollector findings, ClaimProvider provider, string role, int? lineNumber);

    protected static string ProviderField(string role, int? lineNumber, string field) =>
        lineNumber is { } line ? $"lines[{line}].{role}.{field}" : $"{role}.{field}";

    private void CheckOptional(in ClaimValidationContext context, FindingCollector findings, ClaimProvider? provider, string role)
    {
        if (provider is not null)
        {
            CheckProvider(in context, findings, provider, role, null);
        }
    }
}
