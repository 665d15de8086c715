using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class ProcedureCodeRuleTests
{
    private static readonly ProcedureCodeRule Rule = new();

    [Theory]
    [InlineData("97153")]
    [InlineData("H2019")]
    [InlineData("0362T")]
    public void Passes_valid_codes(string code) => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine(code).Build()));

    [Theory]
    [InlineData("9715")]
    [InlineData("ZZZZZ")]
    public void Fires_on_unknown_code(string code) =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine(code).Build()), "HCP001", "lines[2].procedureCode");

    [Fact]
    public void Fires_on_terminated_hcpcs() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("G0151").Build()), "HCP001", "lines[2].procedureCode");
}
