using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Validation.PayerRules;

public sealed class PayerRuleSetReaderTests
{
    private const string Rule = """
        { "id": "PAY901", "title": "t", "severity": "block", "when": { "procedureCodes": ["97153"] },
          "require": { "modifiers": ["HN"] }, "message": "m", "fix": "f" }
        """;

    private static string File(string rules = Rule, string extra = "") =>
        $$"""{ "ruleSet": "x", "version": "1", "effective": "2026-01-01", "payerIds": ["P1"] {{extra}}, "rules": [ {{rules}} ] }""";

    [Fact]
    public void Reads_a_minimal_file_with_defaults()
    {
        var set = PayerRuleSetReader.Read(File(), "x.json");
        Assert.Equal(("x", "1", 365), (set.Name, set.Version, set.Profile.TimelyFilingDays));
        Assert.Equal("PAY901", Assert.Single(set.Profile.Rules).Descriptor.Id);
    }

    [Theory]
    [InlineData("""{ "id": "PAY1", "title": "t", "severity": "block", "require": { "modifiers": ["HN"] }, "message": "m", "fix": "f" }""", "PAY followed by three digits")]
    [InlineData("""{ "id": "PAY902", "title": "t", "severity": "error", "require": { "modifiers": ["HN"] }, "message": "m", "fix": "f" }""", "must be block or warn")]
    [InlineData("""{ "id": "PAY903", "title": "t", "severity": "warn", "require": { }, "message": "m", "fix": "f" }""", "require is empty")]
    [InlineData("""{ "id": "PAY904", "title": "t", "severity": "warn", "require": { "modifiers": ["HN"] }, "message": "m" }""", "fix is required")]
    [InlineData("""{ "id": "PAY905", "title": "t", "severity": "warn", "when": { "procedureCode": ["1"] }, "require": { "modifiers": ["HN"] }, "message": "m", "fix": "f" }""", "not a valid payer rule file")]
    [InlineData(Rule + "," + Rule, "used twice")]
    public void Rejects_bad_rules_naming_the_file_and_the_problem(string rules, string expected)
    {
        var error = Assert.Throws<PayerRuleFormatException>(() => PayerRuleSetReader.Read(File(rules), "bad.json"));
        Assert.StartsWith("bad.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_bad_effective_date() =>
        Assert.Throws<PayerRuleFormatException>(() => PayerRuleSetReader.Read(File().Replace("2026-01-01", "01/01/2026", StringComparison.Ordinal), "bad.json"));

    [Fact]
    public void Rejects_a_rule_id_taken_by_another_rule_set()
    {
        var a = PayerRuleSetReader.Read(File(), "a.json");
        var b = PayerRuleSetReader.Read(File().Replace("\"ruleSet\": \"x\"", "\"ruleSet\": \"y\"", StringComparison.Ordinal), "b.json");
        var error = Assert.Throws<PayerRuleFormatException>(() => new PayerRuleBook([a, b]));
        Assert.Contains("already belongs to rule set x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_example_file_loads() => Assert.Equal(3, PayerRuleExamples.All().Length);
}
