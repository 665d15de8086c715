using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Validation.PayerRules;

/// <summary>Each condition and requirement of the payer rule format, with a claim that fires the rule and one that does not.</summary>
public sealed class PayerRuleConditionTests
{
    private static bool Fires(string when, string require, Action<Claim> change)
    {
        var json = $$"""
            { "ruleSet": "t", "version": "1", "effective": "2026-01-01", "payerIds": ["ACME1"],
              "rules": [ { "id": "PAY900", "title": "t", "severity": "block", "when": {{when}}, "require": {{require}}, "message": "m", "fix": "f" } ] }
            """;
        var book = new PayerRuleBook([PayerRuleSetReader.Read(json, "t.json")]);
        var claim = ClaimBuilder.Valid837P().Build();
        change(claim);
        return RuleHarness.Validator(book).Validate(claim).Findings.Any(f => f.RuleId == "PAY900");
    }

    public static TheoryData<string, string, Action<Claim>, Action<Claim>> Cases => new()
    {
        // condition, requirement, a claim that fires, a claim that does not
        { """{ "diagnosisPrefixes": ["F84"] }""", """{ "modifiers": ["KX"] }""", _ => { }, c => c.Diagnoses[0] = new Diagnosis("F900", DiagnosisRole.Principal) },
        { """{ "telehealth": ["patientHome"] }""", """{ "placesOfService": ["10"] }""", c => c.Telehealth = TelehealthSetting.PatientHome, c => { c.Telehealth = TelehealthSetting.PatientHome; c.PlaceOfService = "10"; } },
        { """{ "unitsOver": 4 }""", """{ "priorAuthorization": true }""", c => c.Lines[0].Units = 5, c => c.Lines[0].Units = 4 },
        { """{ "modifiersAbsent": ["HO"] }""", """{ "anyModifier": ["HN", "HM"] }""", _ => { }, c => c.Lines[0].Modifiers = ["HM"] },
        { """{ "modifiersPresent": ["95"] }""", """{ "forbiddenModifiers": ["GT"] }""", c => c.Lines[0].Modifiers = ["95", "GT"], c => c.Lines[0].Modifiers = ["95"] },
        { """{ "taxonomies": ["103K00000X"] }""", """{ "maxUnits": 3 }""", _ => { }, c => c.Lines[0].Units = 3 },
        { """{ "placesOfService": ["11"] }""", """{ "attachment": true }""", _ => { }, c => c.Attachments.Add(new ClaimAttachment("OZ", "EL", "A1")) },
        { """{ "credentials": ["bcba"] }""", """{ "modifiers": ["HO"] }""", _ => { }, c => c.Lines[0].Modifiers = ["HO"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Condition_and_requirement_decide_whether_the_rule_fires(string when, string require, Action<Claim> failing, Action<Claim> passing)
    {
        Assert.True(Fires(when, require, failing));
        Assert.False(Fires(when, require, passing));
    }

    [Fact]
    public void Rule_dates_limit_it_to_services_in_range()
    {
        var json = """
            { "ruleSet": "t", "version": "1", "effective": "2026-01-01", "payerIds": ["ACME1"],
              "rules": [ { "id": "PAY901", "title": "t", "severity": "warn", "from": "2026-12-01", "require": { "modifiers": ["KX"] }, "message": "m", "fix": "f" } ] }
            """;
        var book = new PayerRuleBook([PayerRuleSetReader.Read(json, "t.json")]);
        Assert.Empty(RuleHarness.Validator(book).Validate(ClaimBuilder.Valid837P().Build()).Findings);
    }
}
