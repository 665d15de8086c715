using System.Reflection;
using Rcm.X12.Envelopes;
using Rcm.X12.Tests.Support;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Validation;

/// <summary>docs/x12-issue-codes.md is the registry of permanent codes: every code is listed once, none is reused.</summary>
public class IssueCodeRegistryTests
{
    private static readonly Type[] Families = [typeof(GuideIssueCodes), typeof(BalancingIssueCodes), typeof(X12EnvelopeCodes)];

    [Fact]
    public void Every_code_is_in_the_registry_and_no_value_is_used_twice()
    {
        var codes = Families.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var registry = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "x12-issue-codes.md"));

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Contains($"| {code} |", registry, StringComparison.Ordinal));
    }
}
