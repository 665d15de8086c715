using System.Text;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Remittance;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Transactions;

public class X12TransactionParserTests
{
    private static X12ParseResult Parse(string text) => X12TransactionParser.Parse(Encoding.ASCII.GetBytes(text));

    [Fact]
    public void Reports_a_transaction_without_a_mapper_in_plain_words_and_maps_the_rest()
    {
        string file = Remittance835KnownValuesTests.Envelope("999", "005010X231A1", "AK1*HC*1*005010X222A1", "AK9*A*1*1*1");
        X12ParseResult result = Parse(file);
        Assert.Empty(result.Transactions);
        X12Issue issue = Assert.Single(result.Issues);
        Assert.Equal((X12TypedParseCodes.NoMapper, X12Severity.Error, 3L, "999"), (issue.Code, issue.Severity, issue.SegmentOrdinal, issue.Value));
        Assert.Contains("No typed mapper for transaction set 999", issue.Message, StringComparison.Ordinal);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Names_the_837_dental_guide_as_having_no_mapper()
    {
        X12ParseResult result = Parse(Remittance835KnownValuesTests.Envelope("837", "005010X224A2", "BHT*0019*00*1*20240105*1200*CH"));
        Assert.Contains("X224A2", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_what_was_read_of_a_transaction_cut_short_and_says_so()
    {
        string file = Remittance835KnownValuesTests.Envelope("835", "005010X221A1", "BPR*I*10*C*NON", "TRN*1*T1*1").Replace("SE*4*0001~\n", string.Empty, StringComparison.Ordinal);
        X12ParseResult result = Parse(file);
        var tx = Assert.IsType<RemittanceTransaction835>(Assert.Single(result.Transactions));
        Assert.Equal(10m, tx.Payment.TotalPayment);
        X12Issue issue = Assert.Single(result.Issues);
        Assert.Equal(X12TypedParseCodes.MissingTrailer, issue.Code);
        Assert.Equal("GE", issue.SegmentId);
    }

    [Fact]
    public void Reads_every_transaction_of_every_group_and_interchange()
    {
        string one = Remittance835KnownValuesTests.Envelope("835", "005010X221A1", "BPR*I*1*C*NON");
        string two = Remittance835KnownValuesTests.Envelope("835", "005010X221A1", "BPR*I*2*C*NON");
        X12ParseResult result = Parse(one + two);
        Assert.Equal(2, result.Interchanges.Count);
        Assert.Equal([1m, 2m], result.Transactions.Cast<RemittanceTransaction835>().Select(t => t.Payment.TotalPayment));
        Assert.Equal("005010X221A1", result.Interchanges[1].Groups[0].Transactions[0].ImplementationReference);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void Throws_a_format_exception_for_input_that_is_not_x12()
    {
        Assert.Throws<X12FormatException>(() => X12TransactionParser.Parse("hello, world"u8));
    }

    [Fact]
    public void Writes_money_with_two_decimals_quantities_as_sent_and_dates_as_iso_in_json()
    {
        X12ParseResult result = Parse(Remittance835KnownValuesTests.Envelope("835", "005010X221A1",
            "BPR*I*5*C*NON************20240105", "LX*1", "CLP*A1*1*12.5*5*7.5*12", "SVC*HC:99213*12.5*5**1.5"));
        string json = X12TypedJson.Serialize(result);
        Assert.Contains("\"totalPayment\": 5.00", json, StringComparison.Ordinal);
        Assert.Contains("\"totalCharge\": 12.50", json, StringComparison.Ordinal);
        Assert.Contains("\"units\": 1.5", json, StringComparison.Ordinal);
        Assert.Contains("\"paymentDate\": \"2024-01-05\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"835\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"adjustments\": []", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }
}
