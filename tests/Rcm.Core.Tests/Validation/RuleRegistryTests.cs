using System.Text.RegularExpressions;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;

namespace Rcm.Core.Tests.Validation;

/// <summary>docs/rules.md is the registry of permanent ids: it must list every rule of the code with the same severity and title.</summary>
public sealed partial class RuleRegistryTests
{
    [GeneratedRegex(@"^\| (?<id>[A-Z]{3,4}\d{3}) \| (?<severity>block|warn|removed) \| (?<title>[^|]+?) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    private static Dictionary<string, (string Severity, string Title)> Registry()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules.md"));
        return Row().Matches(text).ToDictionary(m => m.Groups["id"].Value, m => (m.Groups["severity"].Value, m.Groups["title"].Value.Trim()));
    }

    [Fact]
    public void Every_built_in_rule_is_registered_with_its_severity_and_title()
    {
        var registry = Registry();
        foreach (var rule in BuiltInRules.Create())
        {
            Assert.True(registry.TryGetValue(rule.Descriptor.Id, out var row), $"{rule.Descriptor.Id} is missing from docs/rules.md");
            Assert.Equal(rule.Descriptor.Severity == FindingSeverity.Block ? "block" : "warn", row.Severity);
            Assert.Equal(rule.Descriptor.Title, row.Title);
        }
    }

    [Fact]
    public void Scrubber_rule_is_registered()
    {
        var rule = Rcm.Core.Validation.Scrubbing.ClaimScrubber.UnreadableTransaction;
        Assert.True(Registry().TryGetValue(rule.Id, out var row));
        Assert.Equal(("block", rule.Title), row);
    }

    [Fact]
    public void Every_example_payer_rule_is_registered()
    {
        var registry = Registry();
        foreach (var set in PayerRuleExamples.All())
        {
            foreach (var rule in set.Profile.Rules)
            {
                Assert.True(registry.TryGetValue(rule.Descriptor.Id, out var row), $"{rule.Descriptor.Id} is missing from docs/rules.md");
                Assert.Equal(rule.Descriptor.Title, row.Title);
            }
        }
    }
}
