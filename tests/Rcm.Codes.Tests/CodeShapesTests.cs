namespace Rcm.Codes.Tests;

public class CodeShapesTests
{
    [Theory]
    [InlineData("F84.0", CodeSetIds.Icd10Cm)]
    [InlineData("S72001A", CodeSetIds.Icd10Cm)]
    [InlineData("A0021", CodeSetIds.Hcpcs)]
    [InlineData("99213", CodeSetIds.MuePractitioner)]
    [InlineData("0591T", CodeSetIds.MuePractitioner)]
    [InlineData("207Q00000X", CodeSetIds.Taxonomy)]
    [InlineData("N130", CodeSetIds.Icd10Cm)] // N13.0 wins over RARC N130 without --set
    [InlineData("MA130", CodeSetIds.Rarc)]
    [InlineData("11", CodeSetIds.PlaceOfService)]
    [InlineData("197", CodeSetIds.Carc)]
    [InlineData("GT", CodeSetIds.Modifier)]
    [InlineData("B13", CodeSetIds.Carc)]
    [InlineData("99214/99213", CodeSetIds.NcciPtp)]
    public void The_first_candidate_holding_the_code_is_chosen(string code, string expected)
    {
        // The CLI's rule: try the candidates in order and take the first that has the code.
        string[] parts = code.Split('/');
        string chosen = CodeShapes.CandidateSets(code).First(set => CodeReport.For(Shipped.Codes, set, parts, Shipped.D("2024-08-01")).Status != CodeStatus.NotFound);
        Assert.Equal(expected, chosen);
    }

    [Fact]
    public void Ambiguous_short_codes_list_every_possible_set()
    {
        Assert.Equal([CodeSetIds.Icd10Cm, CodeSetIds.Rarc], CodeShapes.CandidateSets("N130"));
        Assert.Contains(CodeSetIds.Carc, CodeShapes.CandidateSets("B13"));
    }

    [Theory]
    [InlineData("F84-0")]
    [InlineData("")]
    [InlineData("123456")]
    public void Codes_of_no_known_shape_have_no_candidates(string code) => Assert.Empty(CodeShapes.CandidateSets(code));

    [Fact]
    public void Reports_carry_set_facts()
    {
        CodeReport icd = CodeReport.For(Shipped.Codes, CodeSetIds.Icd10Cm, ["F84.0"], Shipped.D("2025-03-01"));
        Assert.True(icd.Billable);
        Assert.True(icd.Valid);
        CodeReport mue = CodeReport.For(Shipped.Codes, CodeSetIds.MuePractitioner, ["J1100"], Shipped.D("2024-08-01"));
        Assert.Equal("120", mue.Facts["maxUnits"]);
        CodeReport carc = CodeReport.For(Shipped.Codes, CodeSetIds.Carc, ["29"], Shipped.D("2024-03-01"));
        Assert.Equal("TimelyFiling", carc.Facts["denialCategory"]);
        CodeReport pair = CodeReport.For(Shipped.Codes, CodeSetIds.NcciPtp, ["99214", "99213"], Shipped.D("2026-01-01"));
        Assert.True(pair.Stale);
        Assert.Equal("99214/99213", pair.Code);
    }
}
