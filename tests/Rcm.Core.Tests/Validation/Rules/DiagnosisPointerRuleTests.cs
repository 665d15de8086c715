using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class DiagnosisPointerRuleTests
{
    private static readonly DiagnosisPointerRule Rule = new();

    [Fact]
    public void Passes_pointers_in_range() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("F840", "F900").WithLine("97155", pointers: [2, 1]).Build()));

    [Fact]
    public void Fires_when_line_has_no_pointer() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.DiagnosisPointers = []).Build()), "DXP001", "lines[1].diagnosisPointers");

    [Fact]
    public void Fires_when_pointer_beyond_diagnoses() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("97155", pointers: [2]).Build()), "DXP001", "lines[2].diagnosisPointers");

    [Fact]
    public void Fires_on_repeated_pointer() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("97155", pointers: [1, 1]).Build()), "DXP001", "lines[2].diagnosisPointers");

    [Fact]
    public void Ignores_institutional_lines() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837I().Build()));
}
