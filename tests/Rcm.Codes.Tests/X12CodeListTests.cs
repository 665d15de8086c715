namespace Rcm.Codes.Tests;

public class X12CodeListTests
{
    public static TheoryData<string, string, bool> Known => new()
    {
        { CodeSetIds.PlaceOfService, "11", true },
        { CodeSetIds.PlaceOfService, "10", true },
        { CodeSetIds.PlaceOfService, "28", false }, // unassigned on the CMS list
        { CodeSetIds.AdjustmentGroup, "CO", true },
        { CodeSetIds.AdjustmentGroup, "XX", false },
        { CodeSetIds.ClaimStatusCategory, "A1", true },
        { CodeSetIds.ClaimStatusCategory, "F2", true },
        { CodeSetIds.ServiceType, "30", true },
        { CodeSetIds.EntityIdentifier, "IL", true },
        { CodeSetIds.EntityIdentifier, "85", true },
        { CodeSetIds.Taxonomy, "207Q00000X", true },
        { CodeSetIds.Taxonomy, "101Y00000X", true },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Code_lists_know_their_codes(string set, string code, bool valid) =>
        Assert.Equal(valid, Shipped.Codes[set].Lookup(code, Shipped.D("2014-01-01")).IsValid);

    [Fact]
    public void Pos_has_names_and_facility_type()
    {
        CodeEntry office = Shipped.Codes.PlaceOfService.Lookup("11", Shipped.D("2024-03-01"));
        Assert.Equal("Office", office.Description);
        Assert.Equal(2u, office.Attributes); // non-facility
    }

    [Fact]
    public void Taxonomy_has_display_name_and_classification()
    {
        CodeEntry fm = Shipped.Codes.Taxonomy.Lookup("207Q00000X", Shipped.D("2025-08-01"));
        Assert.Equal("Family Medicine Physician", fm.Description);
        Assert.Contains("Family Medicine", fm.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_x12_lists_answer_with_a_staleness_flag()
    {
        CodeEntry e = Shipped.Codes.ClaimStatusCategories.Lookup("A1", Shipped.D("2026-01-01"));
        Assert.True(e.IsValid);
        Assert.True(e.IsStale);
        Assert.False(Shipped.Codes.AdjustmentGroups.Lookup("CO", Shipped.D("2026-01-01")).IsStale);
    }
}
