using System.Text.RegularExpressions;
using Rcm.Codes.Storage;
using static Rcm.Codes.Import.FieldParsing;

namespace Rcm.Codes.Import;

/// <summary>
/// Parsers for the publishers' own layouts, so users can update to a new quarter or year from the
/// official downloads: the CMS ICD-10-CM order file, the CMS HCPCS "ANWEB" record file, the CMS NCCI PTP
/// text files, the CMS MUE CSV tables and the NUCC taxonomy CSV.
/// </summary>
internal static partial class OfficialFileParser
{
    public static ParsedCodeFile[]? TryParse(SourceLines src, ImportOptions opt)
    {
        string first = src.FirstLine;
        if (IcdOrderLine().IsMatch(first))
        {
            return [Icd10Order(src, opt)];
        }
        if (HcpcsRecord().IsMatch(first))
        {
            return HcpcsRecordParser.Parse(src, opt);
        }
        if (first.StartsWith("Code,Grouping,Classification", StringComparison.Ordinal))
        {
            return [Nucc(src, opt)];
        }
        var head = src.Lines.Take(12).ToList();
        if (head.Any(l => l.Contains("Column 1", StringComparison.Ordinal))
            || head.Any(l => PtpLine().IsMatch(l)))
        {
            return [NcciPtp(src, opt)];
        }
        if (head.Any(l => l.Contains("MUE", StringComparison.Ordinal) && l.Contains("HCPCS", StringComparison.OrdinalIgnoreCase)))
        {
            return [Mue(src, opt)];
        }
        return null;
    }

    /// <summary>
    /// ICD-10-CM order file (icd10cm_order_YYYY.txt), fixed columns per the CMS layout: order number 1-5,
    /// code 7-13, valid-for-HIPAA flag 15, short description 17-76, long description 78 to end.
    /// </summary>
    private static ParsedCodeFile Icd10Order(SourceLines src, ImportOptions opt)
    {
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, fiscalYear: true)
            ?? throw src.Error(0, "cannot tell the fiscal year from the file name (icd10cm_order_YYYY.txt); give --effective YYYY-MM-DD.");
        var list = new List<SnapshotEntry>();
        for (int i = 0; i < src.Lines.Count; i++)
        {
            string l = src.Lines[i];
            if (l.Trim().Length == 0)
            {
                continue;
            }
            if (!IcdOrderLine().IsMatch(l))
            {
                throw src.Error(i + 1, "not an ICD-10-CM order file record (expected: 5-digit order, code, 0/1 flag, descriptions).");
            }
            string shortText = l.Length > 16 ? l[16..Math.Min(76, l.Length)] : "";
            string longText = l.Length > 77 ? l[77..] : shortText;
            uint billable = l[14] == '1' ? Icd10CmCode.BillableBit : 0;
            list.Add(new SnapshotEntry(Code(src, i + 1, l[6..13], "ICD-10-CM code"), billable, Text(longText), Text(shortText)));
        }
        DateOnly through = FiscalYearEnd(eff);
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.Icd10Cm, Version = $"FY{through.Year}", Effective = eff, DataThrough = through, Source = Path.GetFileName(src.Name),
            Snapshot = list, Gaps = [],
        };
    }

    /// <summary>
    /// NCCI PTP text file (tab-separated, after its header lines): column 1, column 2, "*" when in existence
    /// before 1996, effective date, deletion date ("*" = none), modifier indicator, rationale. The file
    /// replaces every pair whose column-1 code it lists (CMS splits the table across several files by
    /// column 1). A deletion date is taken as the last day the edit applies.
    /// </summary>
    private static ParsedCodeFile NcciPtp(SourceLines src, ImportOptions opt)
    {
        var rows = new List<CodeRow>();
        var column1 = new HashSet<ulong>();
        DateOnly latest = DateOnly.MinValue;
        bool data = false;
        for (int i = 0; i < src.Lines.Count; i++)
        {
            string l = src.Lines[i];
            if (l.Trim().Length == 0)
            {
                continue;
            }
            if (!PtpLine().IsMatch(l))
            {
                if (!data)
                {
                    continue; // title and column-heading lines before the first edit
                }
                throw src.Error(i + 1, "not an NCCI PTP edit (expected: column 1, column 2, *, effective YYYYMMDD, deletion YYYYMMDD or *, modifier 0/1/9, rationale; tab-separated).");
            }
            data = true;
            string[] f = l.Split('\t');
            ulong pair = ReferenceFileParser.Pair(src, i + 1, f[0], f[1]);
            DateOnly eff = CmsDate(src, i + 1, f[3], "effective date") ?? throw src.Error(i + 1, "effective date is missing.");
            DateOnly? del = CmsDate(src, i + 1, f[4], "deletion date");
            if (del < eff)
            {
                throw src.Error(i + 1, $"deletion date {del:yyyy-MM-dd} is before the effective date {eff:yyyy-MM-dd}.");
            }
            uint attrs = (uint)(f[5].Trim()[0] - '0') | (f[2].Trim() == "*" ? NcciPairEdit.PriorTo1996Bit : 0);
            latest = eff > latest ? eff : latest;
            column1.Add(CodeKey.SplitPair(pair).First);
            rows.Add(new CodeRow(pair, eff.DayNumber, EndDay(del), attrs, null, f.Length > 6 ? Text(f[6]) : null));
        }
        if (!data)
        {
            throw src.Error(0, "no NCCI PTP edits found.");
        }
        // The quarter: --effective, else the NCCI version in the CMS file name (v30.0 = 2024 Q1, one major
        // version a year, minor = quarter - 1), else the quarter of the newest effective date in the file.
        Match vm = NcciVersion().Match(Path.GetFileName(src.Name));
        DateOnly quarter = opt.Effective
            ?? (vm.Success ? new DateOnly(1994 + int.Parse(vm.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(vm.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) * 3 + 1, 1) : (DateOnly?)null)
            ?? new DateOnly(latest.Year, (latest.Month - 1) / 3 * 3 + 1, 1);
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.NcciPtp, Version = $"PTP practitioner {quarter:yyyy} Q{(quarter.Month + 2) / 3}", Effective = quarter, DataThrough = QuarterEnd(quarter),
            Source = Path.GetFileName(src.Name), DatedRows = rows, Scope = k => column1.Contains(CodeKey.SplitPair(k).First), Gaps = [],
        };
    }

    /// <summary>
    /// CMS MUE table (CSV or tab-separated): after the notice lines, a heading row naming "HCPCS/CPT Code"
    /// and the table ("Practitioner Services", "Outpatient Hospital Services" or "DME Supplier Services"),
    /// then code, MUE value, adjudication indicator ("3 Date of Service Edit: Clinical"), rationale.
    /// </summary>
    private static ParsedCodeFile Mue(SourceLines src, ImportOptions opt)
    {
        bool tabs = src.Lines.Take(12).Any(l => l.Contains('\t'));
        IEnumerable<(int Line, string[] Fields)> records = tabs ? src.Lines.Select((l, i) => (i + 1, l.Split('\t'))) : src.CsvRecords();
        string? set = opt.SetId;
        bool inData = false;
        var list = new List<SnapshotEntry>();
        foreach ((int line, string[] f) in records)
        {
            if (!inData)
            {
                string joined = string.Join(" ", f);
                if (joined.Contains("HCPCS", StringComparison.OrdinalIgnoreCase) && joined.Contains("MUE", StringComparison.Ordinal) && f.Length >= 3)
                {
                    inData = true;
                    set ??= joined.Contains("Outpatient", StringComparison.OrdinalIgnoreCase) ? CodeSetIds.MueOutpatient
                        : joined.Contains("DME", StringComparison.Ordinal) ? CodeSetIds.MueDme : CodeSetIds.MuePractitioner;
                }
                continue;
            }
            if (f.All(x => x.Trim().Length == 0))
            {
                continue;
            }
            if (f.Length < 3)
            {
                throw src.Error(line, $"expected code, MUE value, adjudication indicator, rationale; found {f.Length} field(s).");
            }
            list.Add(ReferenceFileParser.MueEntry(src, line, f[0], f[1], f[2], f.Length > 3 ? f[3] : ""));
        }
        if (!inData)
        {
            throw src.Error(0, "no MUE heading row (HCPCS/CPT Code, … MUE Values, …) found.");
        }
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, fiscalYear: false)
            ?? throw src.Error(0, "cannot tell the quarter from the file name; give --effective YYYY-MM-DD.");
        return new ParsedCodeFile
        {
            SetId = set!, Version = $"MUE {eff:yyyy} Q{(eff.Month + 2) / 3}", Effective = eff, DataThrough = QuarterEnd(eff),
            Source = Path.GetFileName(src.Name), Snapshot = list, Gaps = [],
        };
    }

    /// <summary>
    /// NUCC taxonomy CSV (nucc_taxonomy_NNN.csv): Code, Grouping, Classification, Specialization,
    /// Definition, Notes, Display Name, Section. Version NN.N takes effect January 1 (.0) or July 1 (.1)
    /// of 20NN. Notes like "[7/1/2003: new]" and "[1/1/2020: marked inactive]" give the dates.
    /// </summary>
    private static ParsedCodeFile Nucc(SourceLines src, ImportOptions opt)
    {
        Match vm = NuccVersion().Match(Path.GetFileName(src.Name));
        DateOnly eff = opt.Effective ?? (vm.Success
            ? new DateOnly(2000 + int.Parse(vm.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), vm.Groups[2].Value == "0" ? 1 : 7, 1)
            : throw src.Error(0, "cannot tell the NUCC version from the file name (nucc_taxonomy_NNN.csv); give --effective YYYY-MM-DD."));
        var rows = new List<CodeRow>();
        bool header = true;
        foreach ((int line, string[] f) in src.CsvRecords())
        {
            if (header)
            {
                header = false;
                continue;
            }
            if (f.Length < 8)
            {
                throw src.Error(line, $"expected 8 CSV fields, found {f.Length}.");
            }
            DateOnly? start = null, inactive = null;
            foreach (Match m in NuccNote().Matches(f[5]))
            {
                if (!DateOnly.TryParseExact(m.Groups[1].Value, "M/d/yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly d))
                {
                    continue;
                }
                if (m.Groups[2].Value.StartsWith("new", StringComparison.Ordinal))
                {
                    start = d;
                }
                else if (m.Groups[2].Value.Contains("inactive", StringComparison.Ordinal))
                {
                    inactive = d;
                }
            }
            string detail = string.Join(" / ", new[] { f[1], f[2], f[3] }.Select(x => x.Trim()).Where(x => x.Length > 0));
            rows.Add(new CodeRow(Code(src, line, f[0], "taxonomy code"), StartDay(start), inactive is { } e ? e.DayNumber - 1 : CodeRow.OpenEnd, 0, Text(f[6]), detail));
        }
        string version = vm.Success ? $"NUCC {vm.Groups[1].Value}.{vm.Groups[2].Value}" : $"NUCC {eff:yyyy-MM}";
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.Taxonomy, Version = version, Effective = eff, DataThrough = eff.AddMonths(6).AddDays(-1),
            Source = Path.GetFileName(src.Name), DatedRows = rows,
        };
    }

    [GeneratedRegex(@"^\d{5} [A-Z0-9]{3,7} *[01] ")]
    private static partial Regex IcdOrderLine();

    [GeneratedRegex(@"^[A-Z0-9 ]{5}\d{5}[3478]")]
    internal static partial Regex HcpcsRecord();

    [GeneratedRegex(@"^[A-Z0-9]{5}\t[A-Z0-9]{5}\t\*?\t\d{8}\t(\d{8}|\*)\t[019](\t|$)")]
    private static partial Regex PtpLine();

    [GeneratedRegex(@"v(\d{2})([0-3])r\d", RegexOptions.IgnoreCase)]
    private static partial Regex NcciVersion();

    [GeneratedRegex(@"nucc_taxonomy_(\d{2})(\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NuccVersion();

    [GeneratedRegex(@"\[?(\d{1,2}/\d{1,2}/\d{4}): ([^;\]]+)")]
    private static partial Regex NuccNote();
}
