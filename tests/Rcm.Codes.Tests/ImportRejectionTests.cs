using System.IO.Compression;
using Rcm.Codes.Import;
using static Rcm.Codes.Tests.OfficialFormats;

namespace Rcm.Codes.Tests;

public class ImportRejectionTests
{
    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        {
            "icd10cm_order_2026.txt",
            IcdOrder(1, "F84", false, "a", "a") + "\n" + IcdOrder(2, "F840", true, "b", "b") + "\n00003 F84-1   1 broken\n",
            3, "not an ICD-10-CM order file record"
        },
        {
            "ccipra-v321r0-f1.txt",
            PtpHeader + Ptp("Z9991", "Z9992", "20260401", "*", 1) + "Z9991\tZ9993\t\t2026-04-01\t*\t1\tx\n",
            4, "not an NCCI PTP edit"
        },
        {
            "ccipra-v321r0-f2.txt",
            PtpHeader + Ptp("Z9991", "Z9992", "20260401", "20250101", 1),
            3, "before the effective date"
        },
        {
            "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv",
            Mue(("J1100", 150, "3 Date of Service Edit: Clinical", "x"), ("J1101", 1, "Clinical", "y")),
            4, "adjudication indicator 'Clinical'"
        },
        {
            "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv",
            Mue(("J1100", -5, "3 Date of Service Edit: Clinical", "x")),
            3, "MUE value '-5'"
        },
        {
            "HCPC2026_APR_ANWEB.txt",
            string.Join("\n", Hcpcs("Q9990", '3', "First", "First")) + "\n" + "Q999100200" + "4continuation without its first record\n",
            2, "continuation record for Q9991"
        },
        {
            "HCPC2026_JUL_ANWEB.txt",
            string.Join("\n", Hcpcs("Q9990", '3', "First", "First", "20260701", null).Concat(Hcpcs("Q9991", '3', "Second", "Second", "2026-7-1", null))) + "\n",
            2, "not CCYYMMDD dates"
        },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Corrupted_files_are_rejected_with_the_line_and_nothing_is_written(string name, string content, int line, string message)
    {
        using var tmp = new TempFolder();
        string f = tmp.Write(name, content);
        var e = Assert.Throws<CodeImportException>(() => new CodeSetImporter(tmp.DataDir, TimeProvider.System).Import(f, new ImportOptions()));
        Assert.Equal(line, e.Line);
        Assert.Contains($"line {line}:", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Empty(tmp.DataFiles());
    }

    [Fact]
    public void A_bad_file_in_a_zip_stops_the_whole_import()
    {
        using var tmp = new TempFolder();
        string zip = Path.Combine(tmp.Path, "update.zip");
        using (ZipArchive z = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(z.CreateEntry("icd10cm_order_2026.txt").Open()))
            {
                w.Write(IcdOrder(1, "F840", true, "Autistic disorder", "Autistic disorder") + "\n");
            }
            using (var w = new StreamWriter(z.CreateEntry("MCR_MUE_PractitionerServices_Eff_07-01-2026.csv").Open()))
            {
                w.Write(Mue(("J1100", 150, "9 nonsense", "x")));
            }
            using (var w = new StreamWriter(z.CreateEntry("README.pdf").Open()))
            {
                w.Write("%PDF");
            }
        }
        var e = Assert.Throws<CodeImportException>(() => new CodeSetImporter(tmp.DataDir, TimeProvider.System).Import(zip, new ImportOptions()));
        Assert.Equal(3, e.Line);
        Assert.Empty(tmp.DataFiles());
    }

    [Fact]
    public void An_older_version_than_the_loaded_one_is_refused()
    {
        using var tmp = new TempFolder();
        string f = tmp.Write("icd10cm_order_2024.txt", IcdOrder(1, "F840", true, "Autistic disorder", "Autistic disorder") + "\n");
        var e = Assert.Throws<CodeImportException>(() => new CodeSetImporter(tmp.DataDir, TimeProvider.System).Import(f, new ImportOptions()));
        Assert.Contains("before the loaded icd10cm version", e.Message, StringComparison.Ordinal);
        Assert.Empty(tmp.DataFiles());
    }

    [Theory]
    [InlineData("notes.txt", "hello world\nthis is not a code file\n", "layout not recognised")]
    [InlineData("codes.tsv", "code\nA1\n", "say which set it is with --set")]
    [InlineData("icd10cm_order.txt", "00001 F840    1 Autistic disorder\n", "give --effective")]
    [InlineData("empty.txt", "", "is empty")]
    public void Files_the_importer_cannot_place_get_a_clear_message(string name, string content, string message)
    {
        using var tmp = new TempFolder();
        string f = tmp.Write(name, content);
        var e = Assert.Throws<CodeImportException>(() => new CodeSetImporter(tmp.DataDir, TimeProvider.System).Import(f, new ImportOptions()));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Empty(tmp.DataFiles());
    }

    [Fact]
    public void A_corrupted_data_file_in_the_data_folder_is_reported_by_path()
    {
        using var tmp = new TempFolder();
        string dir = Path.Combine(tmp.DataDir, "codes", CodeSetIds.Carc);
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "2026-01-01_20260101T000000.rcmc"), [1, 2, 3, 4, 5]);
        var e = Assert.Throws<InvalidDataException>(() => CodeSets.Load(tmp.DataDir));
        Assert.Contains("2026-01-01_20260101T000000.rcmc", e.Message, StringComparison.Ordinal);
    }
}
