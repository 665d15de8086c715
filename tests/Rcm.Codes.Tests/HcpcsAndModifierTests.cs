namespace Rcm.Codes.Tests;

public class HcpcsAndModifierTests
{
    [Fact]
    public void A_terminated_hcpcs_code_is_valid_through_its_termination_date_only()
    {
        // C9152: added 2023-10-01, terminated 2023-12-31 (CMS HCPCS July 2024 file).
        ReferenceCodeSet h = Shipped.Codes.Hcpcs;
        Assert.True(h.Lookup("C9152", Shipped.D("2023-12-31")).IsValid);
        Assert.Equal(CodeStatus.NotInForce, h.Lookup("C9152", Shipped.D("2024-01-01")).Status);
        Assert.Equal(CodeStatus.NotInForce, h.Lookup("C9152", Shipped.D("2023-09-30")).Status);
    }

    [Fact]
    public void Not_otherwise_classified_codes_are_flagged()
    {
        CodeEntry noc = Shipped.Codes.Hcpcs.Lookup("A0999", Shipped.D("2025-01-01"));
        Assert.True(noc.IsValid);
        Assert.NotEqual(0u, noc.Attributes & HcpcsAttributes.NotOtherwiseClassified);
        Assert.Equal(0u, Shipped.Codes.Hcpcs.Lookup("A0021", Shipped.D("2025-01-01")).Attributes & HcpcsAttributes.NotOtherwiseClassified);
    }

    [Fact]
    public void Codes_new_in_2026_carry_an_approximate_start()
    {
        CodeEntry e = Shipped.Codes.Hcpcs.Lookup("A2027", Shipped.D("2026-02-01"));
        Assert.True(e.IsValid);
        Assert.NotEqual(0u, e.Attributes & HcpcsAttributes.StartApproximate);
        Assert.Equal(Shipped.D("2024-10-01"), e.ValidFrom);
        Assert.Contains("Matriderm", e.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("25", "CPT modifier")] // CPT: number only, no AMA text
    [InlineData("GT", null)]
    [InlineData("XU", null)]
    [InlineData("A1", "Dressing for one wound")]
    public void Modifiers_include_cpt_numbers_and_hcpcs_modifiers(string code, string? startsWith)
    {
        CodeEntry m = Shipped.Codes.Modifiers.Lookup(code, Shipped.D("2026-02-01"));
        Assert.True(m.IsValid);
        Assert.False(string.IsNullOrEmpty(m.Description));
        if (startsWith is not null)
        {
            Assert.StartsWith(startsWith, m.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_cpt_descriptor_is_shipped_for_cpt_modifiers()
    {
        foreach (string code in new[] { "22", "24", "25", "26", "59", "76" })
        {
            Assert.Contains("AMA descriptor not shipped", Shipped.Codes.Modifiers.Lookup(code, Shipped.D("2026-02-01")).Description, StringComparison.Ordinal);
        }
    }
}
