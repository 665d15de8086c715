using System.Text;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Validation;

/// <summary>X12.6 simple data types at the byte level.</summary>
public class ValueFormatsTests
{
    [Theory]
    [InlineData("20240229", true)]
    [InlineData("20230229", false)]
    [InlineData("20241301", false)]
    [InlineData("20240100", false)]
    [InlineData("240101", true)]
    [InlineData("2024011", false)]
    [InlineData("2024O101", false)]
    public void Dates_must_be_real_calendar_dates(string value, bool valid) =>
        Assert.Equal(valid, ValueFormats.IsDate(Encoding.ASCII.GetBytes(value)));

    [Theory]
    [InlineData("0000", true)]
    [InlineData("2359", true)]
    [InlineData("235959", true)]
    [InlineData("23595912", true)]
    [InlineData("2400", false)]
    [InlineData("1260", false)]
    [InlineData("12345", false)]
    [InlineData("123", false)]
    public void Times_are_hhmm_with_optional_seconds(string value, bool valid) =>
        Assert.Equal(valid, ValueFormats.IsTime(Encoding.ASCII.GetBytes(value)));

    [Theory]
    [InlineData("123.45", true, true, 5)]
    [InlineData("-12", true, true, 2)]
    [InlineData("1.2.3", true, false, 0)]
    [InlineData("12.5", false, false, 0)]
    [InlineData("007", false, true, 3)]
    [InlineData("-", false, false, 0)]
    [InlineData("1E5", true, false, 0)]
    public void Numbers_count_digits_without_sign_or_point(string value, bool decimalType, bool valid, int digits)
    {
        Assert.Equal(valid, ValueFormats.TryCountDigits(Encoding.ASCII.GetBytes(value), decimalType, out var counted));
        if (valid)
        {
            Assert.Equal(digits, counted);
        }
    }
}
