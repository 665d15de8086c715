using Rcm.Codes.Storage;

namespace Rcm.Codes.Tests;

public class DenialCategoryTests
{
    [Theory]
    [InlineData("1", DenialCategory.PatientResponsibility)]
    [InlineData("2", DenialCategory.PatientResponsibility)]
    [InlineData("4", DenialCategory.Coding)]
    [InlineData("16", DenialCategory.Documentation)]
    [InlineData("18", DenialCategory.Duplicate)]
    [InlineData("22", DenialCategory.CoordinationOfBenefits)]
    [InlineData("27", DenialCategory.Eligibility)]
    [InlineData("29", DenialCategory.TimelyFiling)]
    [InlineData("50", DenialCategory.MedicalNecessity)]
    [InlineData("96", DenialCategory.NonCovered)]
    [InlineData("97", DenialCategory.Coding)]
    [InlineData("197", DenialCategory.Authorization)]
    [InlineData("45", DenialCategory.Contractual)]
    [InlineData("B13", DenialCategory.Duplicate)]
    public void Carc_codes_map_to_their_reviewed_category(string code, DenialCategory expected)
    {
        DenialReason r = Shipped.Codes.Carc.Find(code, Shipped.D("2024-03-01"));
        Assert.True(r.IsValid);
        Assert.Equal(expected, r.Category);
    }

    [Fact]
    public void A_deactivated_carc_is_invalid_from_its_stop_date()
    {
        // CARC 15: stop date 2018-05-01.
        Assert.True(Shipped.Codes.Carc.Find("15", Shipped.D("2018-04-30")).IsValid);
        DenialReason after = Shipped.Codes.Carc.Find("15", Shipped.D("2018-05-01"));
        Assert.True(after.Exists);
        Assert.False(after.IsValid);
        Assert.Equal(DenialCategory.Authorization, after.Category); // still categorised for old remittances
    }

    [Theory]
    [InlineData("carc-denial-categories.tsv", CodeSetIds.Carc)]
    [InlineData("rarc-denial-categories.tsv", CodeSetIds.Rarc)]
    public void Mapping_tables_cover_every_code_of_their_set_and_nothing_else(string table, string setId)
    {
        Dictionary<ulong, DenialCategory> map = DenialCategoryTable.ReadShipped(table);
        var codes = Shipped.Codes[setId].Rows().Select(r => r.Key).ToHashSet();
        Assert.Empty(codes.Where(k => !map.ContainsKey(k)).Select(CodeKey.Unpack));
        Assert.Empty(map.Keys.Where(k => !codes.Contains(k)).Select(CodeKey.Unpack));
    }

    [Fact]
    public void Every_category_is_used_by_some_carc()
    {
        var used = DenialCategoryTable.ReadShipped("carc-denial-categories.tsv").Values.ToHashSet();
        Assert.All(Enum.GetValues<DenialCategory>(), c => Assert.Contains(c, used));
    }

    [Theory]
    [InlineData("27\tEligibilty\tx", "line 1")]
    [InlineData("27\tEligibility\tx\n27\tCoding\ty", "line 2: code 27 is listed twice")]
    [InlineData("2-7\tCoding\tx", "line 1")]
    public void Bad_mapping_lines_are_rejected_with_the_line(string text, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => DenialCategoryTable.Read(new StringReader(text), "map.tsv"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rarc_lookup_gives_description_and_category()
    {
        DenialReason r = Shipped.Codes.Rarc.Find("N130", Shipped.D("2024-03-01"));
        Assert.True(r.IsValid);
        Assert.StartsWith("Consult plan benefit documents", r.Description, StringComparison.Ordinal);
    }
}
