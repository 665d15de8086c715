using System.Collections.Frozen;
using Rcm.Core.Claims;

namespace Rcm.Core.Validation.PayerRules;

/// <summary>
/// When a payer rule applies to a service line. Every condition given must hold (AND); a list matches when the line's value is
/// in it (OR). An empty condition matches every line of the payer's claims.
/// </summary>
public sealed class PayerRuleCondition
{
    public FrozenSet<string>? ProcedureCodes { get; init; }
    public FrozenSet<string>? PlacesOfService { get; init; }

    /// <summary>Credentials of the rendering clinician (BCBA, BCaBA, RBT…), compared ignoring case.</summary>
    public FrozenSet<string>? Credentials { get; init; }

    public FrozenSet<string>? Taxonomies { get; init; }

    /// <summary>The line carries at least one of these modifiers.</summary>
    public FrozenSet<string>? ModifiersPresent { get; init; }

    /// <summary>The line carries none of these modifiers.</summary>
    public FrozenSet<string>? ModifiersAbsent { get; init; }

    /// <summary>The line has more units than this.</summary>
    public decimal? UnitsOver { get; init; }

    /// <summary>One of the claim's diagnoses starts with one of these (ICD-10-CM without the dot, e.g. F84).</summary>
    public IReadOnlyList<string>? DiagnosisPrefixes { get; init; }

    public TelehealthSetting[]? Telehealth { get; init; }

    public bool Matches(Claim claim, ServiceLine line)
    {
        if (ProcedureCodes is not null && !ProcedureCodes.Contains(line.ProcedureCode))
        {
            return false;
        }

        if (PlacesOfService is not null && (claim.PlaceOfServiceFor(line) is not { } pos || !PlacesOfService.Contains(pos)))
        {
            return false;
        }

        if (Credentials is not null || Taxonomies is not null)
        {
            var rendering = claim.RenderingFor(line);
            if (Credentials is not null && (rendering.Credential is not { } credential || !Credentials.Contains(credential)))
            {
                return false;
            }

            if (Taxonomies is not null && (rendering.TaxonomyCode is not { } taxonomy || !Taxonomies.Contains(taxonomy)))
            {
                return false;
            }
        }

        if (ModifiersPresent is not null && !AnyModifierIn(line, ModifiersPresent))
        {
            return false;
        }

        if (ModifiersAbsent is not null && AnyModifierIn(line, ModifiersAbsent))
        {
            return false;
        }

        if (UnitsOver is { } over && line.Units <= over)
        {
            return false;
        }

        if (Telehealth is not null && Array.IndexOf(Telehealth, claim.Telehealth) < 0)
        {
            return false;
        }

        return DiagnosisPrefixes is null || AnyDiagnosisStartsWith(claim, DiagnosisPrefixes);
    }

    internal static bool AnyModifierIn(ServiceLine line, FrozenSet<string> set)
    {
        var modifiers = line.Modifiers;
        for (int i = 0; i < modifiers.Count; i++)
        {
            if (set.Contains(modifiers[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyDiagnosisStartsWith(Claim claim, IReadOnlyList<string> prefixes)
    {
        foreach (var diagnosis in claim.Diagnoses)
        {
            for (int i = 0; i < prefixes.Count; i++)
            {
                if (diagnosis.Code.StartsWith(prefixes[i], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
