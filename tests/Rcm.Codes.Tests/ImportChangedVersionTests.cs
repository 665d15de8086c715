using Rcm.Codes.Import;
using static Rcm.Codes.Tests.OfficialFormats;

namespace Rcm.Codes.Tests;

public class ImportChangedVersionTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Icd10_order_files_layer_new_fiscal_years_with_an_exact_change_summary()
    {
        using var tmp = new TempFolder();
        var importer = new CodeSetImporter(tmp.DataDir, Clock);
        int inForceBefore = Shipped.Codes.Icd10.Codes.Rows().Count(r => r.IsOpenEnded);

        string fy2026 = tmp.Write("icd10cm_order_2026.txt", string.Join("\n",
            IcdOrder(1, "F84", false, "Pervasive developmental disorders", "Pervasive developmental disorders"),
            IcdOrder(2, "F840", true, "Autistic disorder", "Autistic disorder, revised wording for this test"),
            IcdOrder(3, "U8998", true, "Test code new in FY2026", "Test code new in FY2026")) + "\n");
        ChangeSummary s1 = importer.Import(fy2026, new ImportOptions()).Changes.Single();
        Assert.Equal((CodeSetIds.Icd10Cm, "FY2026", new DateOnly(2025, 10, 1)), (s1.SetId, s1.Version, s1.Effective));
        Assert.Equal(1, s1.Added);
        Assert.Equal(["U89.98"], s1.AddedSample);
        Assert.True(s1.Revised >= 1);
        Assert.Contains("F84.0", s1.RevisedSample);
        Assert.Equal(inForceBefore - s1.Revised - s1.Unchanged, s1.Deleted);

        CodeSets codes = CodeSets.Load(tmp.DataDir);
        Assert.Equal(CodeStatus.NotInForce, codes.Icd10.Lookup("U89.98", new DateOnly(2025, 9, 30)).Status);
        Assert.True(codes.Icd10.Lookup("U89.98", new DateOnly(2025, 10, 1)).IsBillable);
        Assert.Equal("Autistic disorder, revised wording for this test", codes.Icd10.Lookup("F84.0", new DateOnly(2025, 10, 1)).Description);
        Assert.Equal("Autistic disorder", codes.Icd10.Lookup("F84.0", new DateOnly(2025, 10, 1)).Entry.Detail);
        Assert.NotEqual("Autistic disorder, revised wording for this test", codes.Icd10.Lookup("F84.0", new DateOnly(2025, 9, 30)).Description);
        Assert.True(codes.Icd10.Lookup("J45.909", new DateOnly(2025, 9, 30)).IsBillable);
        Assert.False(codes.Icd10.Lookup("J45.909", new DateOnly(2025, 10, 1)).IsValid); // not in the FY2026 file
        Assert.False(codes.Icd10.Lookup("F84.0", new DateOnly(2026, 5, 1)).IsStale);
        Assert.Equal(new DateOnly(2026, 9, 30), codes.Icd10.Codes.Header.DataThrough);
        Assert.Empty(codes.Icd10.Codes.Header.Gaps); // a full official order file closes the shipped gaps
        Assert.NotEqual("shipped", codes.Icd10.Codes.Origin);

        // The next year layers over the imported one: exact counts.
        string fy2027 = tmp.Write("icd10cm_order_2027.txt", string.Join("\n",
            IcdOrder(1, "F84", false, "Pervasive developmental disorders", "Pervasive developmental disorders"),
            IcdOrder(2, "F840", true, "Autistic disorder", "Autistic disorder, second revision"),
            IcdOrder(3, "U8999", true, "Another new code", "Another new code")) + "\n");
        ChangeSummary s2 = importer.Import(fy2027, new ImportOptions()).Changes.Single();
        Assert.Equal((1, 1, 1, 1), (s2.Added, s2.Deleted, s2.Revised, s2.Unchanged));
        Assert.Equal(["U89.98"], s2.DeletedSample);
        CodeSets later = CodeSets.Load(tmp.DataDir);
        Assert.True(later.Icd10.Lookup("U89.98", new DateOnly(2026, 9, 30)).IsBillable);
        Assert.False(later.Icd10.Lookup("U89.98", new DateOnly(2026, 10, 1)).IsValid);
    }

    [Fact]
    public void A_short_description_the_shipped_data_lacked_is_filled_in_not_counted_as_a_revision()
    {
        using var tmp = new TempFolder();
        string f = tmp.Write("icd10cm_order_2026.txt",
            IcdOrder(1, "F840", true, "Autistic disorder (short)", "Autistic disorder") + "\n");
        ChangeSummary s = new CodeSetImporter(tmp.DataDir, Clock).Import(f, new ImportOptions()).Changes.Single();
        Assert.Equal((1, 0), (s.Unchanged, s.Revised));
        Icd10CmCode c = CodeSets.Load(tmp.DataDir).Icd10.Lookup("F84.0", new DateOnly(2024, 1, 1));
        Assert.Equal("Autistic disorder (short)", c.Entry.Detail);
        Assert.Null(c.Entry.ValidThrough); // one version, still in force
    }

    [Fact]
    public void Re_importing_the_same_file_changes_nothing()
    {
        using var tmp = new TempFolder();
        var importer = new CodeSetImporter(tmp.DataDir, Clock);
        string f = tmp.Write("icd10cm_order_2026.txt", IcdOrder(1, "F840", true, "Autistic disorder", "Autistic disorder") + "\n");
        importer.Import(f, new ImportOptions());
        ChangeSummary again = importer.Import(f, new ImportOptions()).Changes.Single();
        Assert.False(again.HasChanges);
        Assert.Equal(1, again.Unchanged);
    }

    [Fact]
    public void Ncci_ptp_files_replace_their_column_1_codes_with_real_effective_dates()
    {
        using var tmp = new TempFolder();
        var importer = new CodeSetImporter(tmp.DataDir, Clock);
        string q2 = tmp.Write("ccipra-v321r0-f1.txt", PtpHeader
            + Ptp("Z9991", "Z9992", "20260401", "*", 1)
            + Ptp("Z9991", "Z9993", "20200101", "20260331", 9)
            + Ptp("Z9991", "Z9994", "20190101", "*", 0));
        ChangeSummary s = importer.Import(q2, new ImportOptions()).Changes.Single();
        Assert.Equal((2, 0, 0), (s.Added, s.Deleted, s.Revised));
        Assert.Equal(new DateOnly(2026, 4, 1), s.Effective);
        Assert.Equal("Z9991/Z9992", s.AddedSample[0]);

        CodeSets codes = CodeSets.Load(tmp.DataDir);
        Assert.False(codes.Ncci.FindPair("Z9991", "Z9992", new DateOnly(2026, 3, 31)).Applies); // effective only from 2026-04-01
        NcciPairEdit from = codes.Ncci.FindPair("Z9991", "Z9992", new DateOnly(2026, 4, 1));
        Assert.True(from.Applies);
        Assert.False(from.EffectiveDateApproximate);
        Assert.Equal(new DateOnly(2026, 4, 1), from.EffectiveFrom);
        Assert.True(codes.Ncci.FindPair("Z9991", "Z9993", new DateOnly(2026, 3, 31)).Applies);
        Assert.False(codes.Ncci.FindPair("Z9991", "Z9993", new DateOnly(2026, 4, 1)).Applies);
        Assert.True(codes.Ncci.FindPair("99214", "99213", new DateOnly(2026, 4, 1)).Applies); // other column-1 codes untouched

        string q3 = tmp.Write("ccipra-v322r0-f1.txt", PtpHeader
            + Ptp("Z9991", "Z9993", "20200101", "20260331", 9)
            + Ptp("Z9991", "Z9994", "20190101", "20260630", 0)
            + Ptp("Z9991", "Z9994", "20260701", "*", 1)
            + Ptp("Z9991", "Z9995", "20260701", "*", 1));
        ChangeSummary s3 = importer.Import(q3, new ImportOptions()).Changes.Single();
        Assert.Equal((1, 1, 1), (s3.Added, s3.Deleted, s3.Revised));
        Assert.Equal(["Z9991/Z9992"], s3.DeletedSample);
        Assert.Equal(["Z9991/Z9994"], s3.RevisedSample);
        CodeSets after = CodeSets.Load(tmp.DataDir);
        Assert.Equal(NcciModifierIndicator.NotAllowed, after.Ncci.FindPair("Z9991", "Z9994", new DateOnly(2026, 6, 30)).ModifierIndicator);
        Assert.Equal(NcciModifierIndicator.Allowed, after.Ncci.FindPair("Z9991", "Z9994", new DateOnly(2026, 7, 1)).ModifierIndicator);
    }

    [Theory]
    [InlineData("ccipra-v300r0-f1.txt", "2024-01-01")] // NCCI v30.0 = 2024 Q1
    [InlineData("ccipra-v323r0-f4.txt", "2026-10-01")] // named version wins over the edits' own dates
    [InlineData("ptp-edits.txt", "2026-04-01")]        // no version: quarter of the newest effective date
    public void Ncci_quarter_comes_from_the_cms_version_in_the_file_name(string name, string quarter)
    {
        string text = PtpHeader + Ptp("Z9991", "Z9992", "20260415", "*", 1) + Ptp("Z9991", "Z9993", "20190101", "*", 0);
        ParsedCodeFile p = CodeFileReader.Parse(name, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ImportOptions()).Single();
        Assert.Equal(DateOnly.ParseExact(quarter, "yyyy-MM-dd"), p.Effective);
        Assert.Equal(FieldParsingQuarterEnd(p.Effective), p.DataThrough);
    }

    private static DateOnly FieldParsingQuarterEnd(DateOnly d) => d.AddMonths(3).AddDays(-1);

    [Fact]
    public void Mue_csv_tables_replace_the_quarter()
    {
        using var tmp = new TempFolder();
        var importer = new CodeSetImporter(tmp.DataDir, Clock);
        int inForce = Shipped.Codes.Mue.Practitioner.Rows().Count(r => r.IsOpenEnded);
        string f = tmp.Write("MCR_MUE_PractitionerServices_Eff_07-01-2026.csv", Mue(
            ("J1100", 150, "3 Date of Service Edit: Clinical", "Clinical: Data"),
            ("97153", 32, "3 Date of Service Edit: Clinical", "Clinical: Society Comment"),
            ("Z9996", 4, "2 Date of Service Edit: Policy", "CMS Policy")));
        ChangeSummary s = importer.Import(f, new ImportOptions()).Changes.Single();
        Assert.Equal(CodeSetIds.MuePractitioner, s.SetId);
        Assert.Equal((1, 1, 1), (s.Added, s.Revised, s.Unchanged));
        Assert.Equal(inForce - 2, s.Deleted);
        CodeSets codes = CodeSets.Load(tmp.DataDir);
        Assert.Equal(120, codes.Mue.Find("J1100", new DateOnly(2026, 6, 30)).MaxUnits);
        Assert.Equal(150, codes.Mue.Find("J1100", new DateOnly(2026, 7, 1)).MaxUnits);
        Assert.Equal(MueAdjudication.DateOfServicePolicy, codes.Mue.Find("Z9996", new DateOnly(2026, 7, 1)).Adjudication);
    }

    [Fact]
    public void Hcpcs_record_files_join_continuations_and_feed_the_modifier_set()
    {
        using var tmp = new TempFolder();
        var importer = new CodeSetImporter(tmp.DataDir, Clock);
        string longText = "Test supply for import checks, long description that runs past the eighty characters of one record, per unit";
        string f = tmp.Write("HCPC2026_APR_ANWEB.txt", string.Join("\n",
            Hcpcs("Q9990", '3', longText, "Test supply").Concat(Hcpcs("ZZ", '7', "Test modifier for import checks", "Test modifier"))) + "\n");
        IReadOnlyList<ChangeSummary> changes = importer.Import(f, new ImportOptions()).Changes;
        Assert.Equal([CodeSetIds.Hcpcs, CodeSetIds.Modifier], changes.Select(c => c.SetId).Order().ToArray());
        Assert.Equal(1, changes.Single(c => c.SetId == CodeSetIds.Modifier).Added);
        CodeSets codes = CodeSets.Load(tmp.DataDir);
        CodeEntry q = codes.Hcpcs.Lookup("Q9990", new DateOnly(2026, 4, 1));
        Assert.Equal(longText, q.Description);
        Assert.Equal("Test supply", q.Detail);
        Assert.False(codes.Hcpcs.Lookup("Q9990", new DateOnly(2026, 3, 31)).IsValid);
        Assert.Equal("Test modifier for import checks", codes.Modifiers.Lookup("ZZ", new DateOnly(2026, 4, 1)).Description);
        Assert.True(codes.Modifiers.Lookup("25", new DateOnly(2026, 4, 1)).IsValid); // a modifier list never ends CPT modifiers
    }

    [Fact]
    public void Hcpcs_records_with_dates_end_terminated_codes_and_leave_unlisted_codes_alone()
    {
        using var tmp = new TempFolder();
        var importer = new CodeSetImporter(tmp.DataDir, Clock);
        string f = tmp.Write("HCPC2026_JUL_ANWEB_v2.txt", string.Join("\n",
            Hcpcs("A0021", '3', "Ambulance service, outside state per mile, transport (medicaid only)", "Outside state ambulance serv", "19850101", "20260630")
            .Concat(Hcpcs("Z9991", '3', "A test code added in July 2026", "Test code", "20260701", null))
            .Concat(Hcpcs("ZY", '7', "A test modifier", "Test modifier", "20260701", null))) + "\n");
        IReadOnlyList<ChangeSummary> changes = importer.Import(f, new ImportOptions()).Changes;
        ChangeSummary h = changes.Single(c => c.SetId == CodeSetIds.Hcpcs);
        Assert.Equal((1, 1, 0), (h.Added, h.Deleted, h.Revised)); // as of 2026-07-01: Z9991 in, A0021 out
        CodeSets codes = CodeSets.Load(tmp.DataDir);
        Assert.True(codes.Hcpcs.Lookup("A0021", new DateOnly(2026, 6, 30)).IsValid);
        Assert.Equal(CodeStatus.NotInForce, codes.Hcpcs.Lookup("A0021", new DateOnly(2026, 7, 1)).Status);
        Assert.Equal(new DateOnly(2026, 7, 1), codes.Hcpcs.Lookup("Z9991", new DateOnly(2026, 7, 2)).ValidFrom);
        Assert.True(codes.Hcpcs.Lookup("A0080", new DateOnly(2026, 7, 2)).IsValid); // not in this file: untouched
        Assert.True(codes.Modifiers.Lookup("ZY", new DateOnly(2026, 7, 1)).IsValid);
        Assert.False(codes.Modifiers.Lookup("ZY", new DateOnly(2026, 6, 30)).IsValid);
    }

    [Fact]
    public void Reference_collection_layouts_are_accepted_too()
    {
        using var tmp = new TempFolder();
        var importer = new CodeSetImporter(tmp.DataDir, Clock);
        string f = tmp.Write("carc_x12_2026-07.tsv",
            "code\tdescription\tusage\tnotes\tstart_date\tlast_modified\tstop_date\n"
            + "27\tExpenses incurred after coverage terminated.\t\t\t1995-01-01\t\t\n"
            + "999\tA test reason added in 2026.\t\t\t2026-07-01\t\t\n");
        ChangeSummary s = importer.Import(f, new ImportOptions()).Changes.Single();
        Assert.Equal(CodeSetIds.Carc, s.SetId);
        Assert.Equal(1, s.Added);
        Assert.True(CodeSets.Load(tmp.DataDir).Carc.Find("999", new DateOnly(2026, 7, 2)).IsValid);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
