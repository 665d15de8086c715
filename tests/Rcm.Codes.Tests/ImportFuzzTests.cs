using System.Text;
using Rcm.Codes.Import;
using static Rcm.Codes.Tests.OfficialFormats;

namespace Rcm.Codes.Tests;

/// <summary>
/// Random damage to valid files: every outcome must be a parsed file or a <see cref="CodeImportException"/>
/// naming a line — never an index, format or null-reference crash.
/// </summary>
public class ImportFuzzTests
{
    public static TheoryData<string> Names => new()
    {
        "icd10cm_order_2026.txt",
        "ccipra-v321r0-f1.txt",
        "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv",
        "HCPC2026_APR_ANWEB.txt",
        "carc_x12_2026-07.tsv",
        "nucc_taxonomy_261.csv",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Damaged_files_parse_or_fail_with_a_line_number(string name)
    {
        string valid = Valid(name);
        Assert.NotEmpty(CodeFileReader.Parse(name, new MemoryStream(Encoding.UTF8.GetBytes(valid)), new ImportOptions()));
        var rnd = new Random(name.Length * 7919);
        int rejected = 0;
        const string junk = "\t,\"* 0123456789ABZaz.-/\n\r\u00e9";
        for (int round = 0; round < 400; round++)
        {
            var chars = valid.ToCharArray().ToList();
            int edits = rnd.Next(1, 4);
            for (int e = 0; e < edits && chars.Count > 0; e++)
            {
                int at = rnd.Next(chars.Count);
                switch (rnd.Next(3))
                {
                    case 0: chars[at] = junk[rnd.Next(junk.Length)]; break;
                    case 1: chars.RemoveAt(at); break;
                    default: chars.Insert(at, junk[rnd.Next(junk.Length)]); break;
                }
            }
            string damaged = new(chars.ToArray());
            try
            {
                CodeFileReader.Parse(name, new MemoryStream(Encoding.UTF8.GetBytes(damaged)), new ImportOptions());
            }
            catch (CodeImportException ex)
            {
                Assert.StartsWith(name, ex.Message, StringComparison.Ordinal);
                rejected++;
            }
        }
        Assert.InRange(rejected, 1, 399); // the damage is real, and some of it is harmless
    }

    private static string Valid(string name) => name switch
    {
        "icd10cm_order_2026.txt" => string.Join("\n",
            IcdOrder(1, "F84", false, "Pervasive developmental disorders", "Pervasive developmental disorders"),
            IcdOrder(2, "F840", true, "Autistic disorder", "Autistic disorder"),
            IcdOrder(3, "S72001A", true, "Fx unsp part of neck of right femur, init", "Fracture of unspecified part of neck of right femur, initial encounter")) + "\n",
        "ccipra-v321r0-f1.txt" => PtpHeader + Ptp("99214", "99213", "20200101", "*", 1) + Ptp("0001A", "0591T", "20210101", "20231231", 1),
        "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv" => Mue(("J1100", 120, "3 Date of Service Edit: Clinical", "Clinical: Data"), ("97153", 32, "3 Date of Service Edit: Clinical", "x")),
        "HCPC2026_APR_ANWEB.txt" => string.Join("\n", Hcpcs("A0021", '3', "Ambulance service, outside state per mile, transport (medicaid only) and a second record of text", "Outside state ambulance serv")
            .Concat(Hcpcs("GT", '7', "Via interactive audio and video telecommunication systems", "Interactive telecommunication"))) + "\n",
        "carc_x12_2026-07.tsv" => "code\tdescription\tusage\tnotes\tstart_date\tlast_modified\tstop_date\n27\tExpenses incurred after coverage terminated.\t\t\t1995-01-01\t\t\n15\tThe authorization number is missing.\t\t\t1995-01-01\t2017-11-01\t2018-05-01\n",
        _ => "Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section\n207Q00000X,Allopathic & Osteopathic Physicians,Family Medicine,,\"Family Medicine is, in short, \"\"family\"\" care\",[7/1/2003: new],Family Medicine Physician,Individual\n",
    };
}
