namespace Rcm.Codes.Tests;

public class Icd10CmLookupTests
{
    private static Icd10CmCodeSet Icd10 => Shipped.Codes.Icd10;

    [Theory]
    [InlineData("F84.0", "2024-05-01")] // FY2024
    [InlineData("F84.0", "2025-03-01")] // FY2025
    [InlineData("S72.001A", "2025-03-01")] // 7th-character extension
    [InlineData("E11.9", "2023-11-15")]
    public void Billable_codes_are_valid_and_billable(string code, string date)
    {
        Icd10CmCode c = Icd10.Lookup(code, Shipped.D(date));
        Assert.True(c.IsValid);
        Assert.True(c.IsBillable);
        Assert.False(c.IsStale);
        Assert.False(string.IsNullOrEmpty(c.Description));
    }

    [Theory]
    [InlineData("F84")]
    [InlineData("S72.001")] // needs a 7th character
    [InlineData("E11")]
    public void Header_codes_are_valid_but_not_billable(string code)
    {
        Icd10CmCode c = Icd10.Lookup(code, Shipped.D("2025-01-15"));
        Assert.True(c.IsValid);
        Assert.True(c.IsHeader);
        Assert.False(c.IsBillable);
    }

    [Fact]
    public void A_code_new_in_fy2025_is_invalid_in_fy2024()
    {
        // C81.0A (Hodgkin lymphoma in remission) was added for FY2025 (effective 2024-10-01).
        Assert.Equal(CodeStatus.NotInForce, Icd10.Lookup("C81.0A", Shipped.D("2024-09-30")).Status);
        Icd10CmCode fy2025 = Icd10.Lookup("C81.0A", Shipped.D("2024-10-01"));
        Assert.True(fy2025.IsBillable);
        Assert.Equal(Shipped.D("2024-10-01"), fy2025.Entry.ValidFrom);
    }

    [Fact]
    public void A_code_expanded_in_fy2025_stops_being_billable()
    {
        // C86.0 was billable in FY2024 and became a header when FY2025 added subcodes.
        Assert.True(Icd10.Lookup("C86.0", Shipped.D("2024-09-30")).IsBillable);
        Icd10CmCode after = Icd10.Lookup("C86.0", Shipped.D("2024-10-01"));
        Assert.True(after.IsHeader);
        Assert.Equal(Shipped.D("2024-09-30"), Icd10.Codes.History("C86.0")[0].ValidThrough);
    }

    [Fact]
    public void A_code_deleted_for_fy2025_is_invalid_after()
    {
        // T81.32XA's base gained children in FY2025, so the 7-character code is gone.
        Assert.True(Icd10.Lookup("T81.32XA", Shipped.D("2024-06-01")).IsBillable);
        Icd10CmCode gone = Icd10.Lookup("T81.32XA", Shipped.D("2024-10-01"));
        Assert.True(gone.Exists);
        Assert.False(gone.IsValid);
    }

    [Theory]
    [InlineData("2024-01-01", 74_044)] // CMS FY2024 order file: valid codes
    [InlineData("2025-01-01", 74_260)] // CMS's published FY2025 count
    public void Billable_code_counts_match_cms_for_each_fiscal_year(string date, int expected)
    {
        int day = Shipped.D(date).DayNumber;
        int billable = Icd10.Codes.Rows().Count(r => r.Start <= day && day <= r.End && (r.Attributes & Icd10CmCode.BillableBit) != 0);
        Assert.Equal(expected, billable);
    }

    [Fact]
    public void Unknown_code_is_not_found()
    {
        Assert.Equal(CodeStatus.NotFound, Icd10.Lookup("Q99.99", Shipped.D("2025-01-01")).Status);
        Assert.Equal(CodeStatus.NotFound, Icd10.Lookup("not a code", Shipped.D("2025-01-01")).Status);
    }

    [Fact]
    public void Date_after_the_newest_version_uses_it_with_a_staleness_flag()
    {
        Icd10CmCode c = Icd10.Lookup("F84.0", Shipped.D("2026-03-01"));
        Assert.True(c.IsBillable); // checked against FY2025, not blocked
        Assert.True(c.IsStale);
    }

    [Theory]
    [InlineData("A33", 0, PatientSex.Male, DiagnosisEdits.None)]
    [InlineData("A33", 30, PatientSex.Male, DiagnosisEdits.Newborn)]
    [InlineData("O80", 30, PatientSex.Female, DiagnosisEdits.None)]
    [InlineData("O80", 30, PatientSex.Male, DiagnosisEdits.FemaleOnly)]
    [InlineData("O80", 70, PatientSex.Female, DiagnosisEdits.Maternity)]
    [InlineData("N40.0", 70, PatientSex.Male, DiagnosisEdits.None)]
    [InlineData("N40.0", 12, PatientSex.Female, DiagnosisEdits.Adult | DiagnosisEdits.MaleOnly)]
    [InlineData("N40.0", 40, PatientSex.Unknown, DiagnosisEdits.None)]
    [InlineData("F84.0", 5, PatientSex.Female, DiagnosisEdits.None)]
    public void Age_and_sex_edits_fail_for_the_wrong_patient(string code, int age, PatientSex sex, DiagnosisEdits expected)
    {
        Icd10CmCode c = Icd10.Lookup(code, Shipped.D("2024-06-01"));
        Assert.True(c.IsValid);
        Assert.Equal(expected, c.Check(age, sex));
    }

    [Fact]
    public void Manifestation_codes_fail_only_as_principal_diagnosis()
    {
        // F02.80 (dementia in other diseases) is an MCE manifestation code.
        Icd10CmCode c = Icd10.Lookup("F02.80", Shipped.D("2024-06-01"));
        Assert.True((c.Edits & DiagnosisEdits.Manifestation) != 0);
        Assert.Equal(DiagnosisEdits.Manifestation, c.Check(70, PatientSex.Female, principal: true) & DiagnosisEdits.Manifestation);
        Assert.Equal(DiagnosisEdits.None, c.Check(70, PatientSex.Female, principal: false) & DiagnosisEdits.Manifestation);
    }

    [Fact]
    public void Byte_lookups_match_char_lookups()
    {
        Icd10CmCode a = Icd10.Lookup("J45.909"u8, Shipped.D("2025-01-01"));
        Icd10CmCode b = Icd10.Lookup("J45.909", Shipped.D("2025-01-01"));
        Assert.True(a.IsBillable);
        Assert.Equal(b.Entry.Key, a.Entry.Key);
    }
}
