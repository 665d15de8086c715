using System.Text.Json.Serialization;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// One consistency check a template declares, as data (its parameters name the fields and tables it uses) and as the rule
/// that evaluates it. One class per check (like NRules); the <c>kind</c> property in JSON picks the class.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(EndAfterStartCheck), "endAfterStart")]
[JsonDerivedType(typeof(MinutesMatchTimesCheck), "minutesMatchTimes")]
[JsonDerivedType(typeof(MinutesMatchCodeCheck), "minutesMatchCode")]
[JsonDerivedType(typeof(ValueSupportsCodeCheck), "valueSupportsCode")]
[JsonDerivedType(typeof(UnitsMatchMinutesCheck), "unitsMatchMinutes")]
[JsonDerivedType(typeof(EightMinuteRuleCheck), "eightMinuteRule")]
[JsonDerivedType(typeof(CredentialMatchesCodeCheck), "credentialMatchesCode")]
[JsonDerivedType(typeof(TelehealthCheck), "telehealth")]
public abstract record TemplateCheck
{
    /// <summary>Optional id, so a payer overlay can replace this check with a stricter one.</summary>
    public string? Id { get; init; }

    /// <summary>When set, the check runs only for notes meeting the condition (e.g. delivery is telehealth).</summary>
    public FieldCondition? When { get; init; }

    /// <summary>The fields the check reads; a definition naming a field the template lacks is rejected when loaded.</summary>
    public abstract IEnumerable<string> ReferencedFields();

    /// <summary>Adds a finding for each inconsistency; adds nothing when inputs are missing (the field rules report those).</summary>
    public abstract void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings);
}
