using Rcm.Core.Shared;

namespace Rcm.Core.Tests.Shared;

/// <summary>Vectors from ../shared/reference/npi/NPI_CHECK_DIGIT.md (CMS NPI check digit: Luhn with prefix 80840).</summary>
public sealed class NpiTests
{
    [Theory]
    [InlineData("123456789", 3)]
    [InlineData("100000000", 4)]
    [InlineData("999999999", 5)]
    [InlineData("134567890", 2)]
    [InlineData("992739871", 6)]
    public void Computes_the_cms_check_digit(string baseDigits, int check) => Assert.Equal(check, Npi.ComputeCheckDigit(baseDigits));

    [Theory]
    [InlineData("1234567893")]
    [InlineData("1000000004")]
    [InlineData("1345678902")]
    [InlineData(" 1234567893 ")]
    public void Accepts_valid_npis(string text)
    {
        Assert.True(Npi.TryParse(text, out var npi, out var reason), reason);
        Assert.Equal(text.Trim(), npi.Value);
    }

    [Theory]
    [InlineData("1234567890", "check digit")]
    [InlineData("1234567894", "check digit")]
    [InlineData("123456789", "10 digits")]
    [InlineData("12345678AB", "digits only")]
    [InlineData("", "required")]
    [InlineData(null, "required")]
    public void Rejects_invalid_npis_with_the_reason(string? text, string reason)
    {
        Assert.False(Npi.TryParse(text, out _, out var why));
        Assert.Contains(reason, why, StringComparison.OrdinalIgnoreCase);
    }
}
