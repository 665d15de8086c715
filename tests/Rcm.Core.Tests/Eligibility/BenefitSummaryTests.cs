using Rcm.Core.Eligibility;

namespace Rcm.Core.Tests.Eligibility;

public sealed class BenefitSummaryTests
{
    [Theory]
    // copay, coinsurance, deductible left, oop left, allowed, expected share
    [InlineData(30.0, 0.2, 1500.0, 6000.0, 150.0, 150.0)]  // copay, then the rest to the deductible
    [InlineData(30.0, 0.2, 0.0, 6000.0, 150.0, 54.0)]      // deductible met: copay + 20% of 120
    [InlineData(30.0, 0.2, 0.0, 40.0, 150.0, 40.0)]        // capped by the out-of-pocket remaining
    [InlineData(0.0, 20.0, 0.0, null, 100.0, 20.0)]        // coinsurance given as a percentage
    [InlineData(200.0, null, null, null, 150.0, 150.0)] // never more than the allowed amount
    public void Estimate_applies_copay_deductible_coinsurance_and_cap(double copay, double? coins, double? dedLeft, double? oopLeft, double allowed, double expected)
    {
        var b = new BenefitSummary((decimal)copay, (decimal?)coins, null, (decimal?)dedLeft, null, (decimal?)oopLeft);
        Assert.Equal((decimal)expected, b.EstimatePatientShare((decimal)allowed));
    }
}
