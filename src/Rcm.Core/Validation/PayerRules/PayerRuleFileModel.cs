using System.Text.Json.Serialization;

namespace Rcm.Core.Validation.PayerRules;

// The JSON shape of a payer rule file, documented in docs/rules.md ("Payer rules as data"). Kept apart from the compiled
// PayerRule so the file format can evolve (new optional keys) without touching the evaluator.

internal sealed class PayerRuleFileModel
{
    public string? RuleSet { get; set; }
    public string? Version { get; set; }
    public string? Effective { get; set; }
    public List<string>? PayerIds { get; set; }
    public string? Description { get; set; }
    public PayerProfileModel? Profile { get; set; }
    public List<PayerRuleModel>? Rules { get; set; }
}

internal sealed class PayerProfileModel
{
    public int? TimelyFilingDays { get; set; }
    public string? TimeUnitRule { get; set; }
    public TelehealthModel? Telehealth { get; set; }
    public Dictionary<string, string>? CredentialModifiers { get; set; }
}

internal sealed class TelehealthModel
{
    public string? HomePlaceOfService { get; set; }
    public string? OtherPlaceOfService { get; set; }
    public string? Modifier { get; set; }
}

internal sealed class PayerRuleModel
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Severity { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public ConditionModel? When { get; set; }
    public RequirementModel? Require { get; set; }
    public string? Message { get; set; }
    public string? Fix { get; set; }
}

internal sealed class ConditionModel
{
    public List<string>? ProcedureCodes { get; set; }
    public List<string>? PlacesOfService { get; set; }
    public List<string>? Credentials { get; set; }
    public List<string>? Taxonomies { get; set; }
    public List<string>? ModifiersPresent { get; set; }
    public List<string>? ModifiersAbsent { get; set; }
    public decimal? UnitsOver { get; set; }
    public List<string>? DiagnosisPrefixes { get; set; }
    public List<string>? Telehealth { get; set; }
}

internal sealed class RequirementModel
{
    public List<string>? Modifiers { get; set; }
    public List<string>? AnyModifier { get; set; }
    public List<string>? ForbiddenModifiers { get; set; }
    public bool? PriorAuthorization { get; set; }

    /// <summary>true = any attachment; a list = one of these PWK01 report types.</summary>
    [JsonPropertyName("attachment")]
    public System.Text.Json.JsonElement? Attachment { get; set; }

    public decimal? MaxUnits { get; set; }
    public List<string>? PlacesOfService { get; set; }
}
