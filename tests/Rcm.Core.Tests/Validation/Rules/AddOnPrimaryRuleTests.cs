using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class AddOnPrimaryRuleTests
{
    private static readonly AddOnPrimaryRule Rule = new();

    [Fact]
    public void Passes_add_on_with_listed_primary() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("90791").WithLine("90785").Build()));

    [Fact]
    public void Fires_on_add_on_without_listed_primary() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("90785").Build()), "AOC001", "lines[2].procedureCode");

    [Fact]
    public void Fires_when_primary_is_on_another_date() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("90791", date: ClaimBuilder.ServiceDate.AddDays(-1)).WithLine("90785").Build()), "AOC001", "lines[3].procedureCode");

    [Fact]
    public void Any_primary_add_on_needs_some_other_service()
    {
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("0055T").Build()));
        Single(Run(Rule, ClaimBuilder.Valid837P().WithoutLines().WithLine("0055T").Build()), "AOC001", "lines[1].procedureCode");
    }
}
