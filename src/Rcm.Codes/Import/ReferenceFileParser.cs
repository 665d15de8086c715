using Rcm.Codes.Storage;
using static Rcm.Codes.Import.FieldParsing;

namespace Rcm.Codes.Import;

/// <summary>
/// Parsers for the tab-separated layouts of the project's reference collection (see docs/code-sets.md:
/// ICD-10-CM order/derived lists, MCE edits, HCPCS 2024/2026, NCCI PTP/AOC, MUE, CARC/RARC, POS, NUCC,
/// modifiers and codes-only X12 lists). Each recognises its header line.
/// </summary>
internal static class ReferenceFileParser
{
    public static ParsedCodeFile[]? TryParse(SourceLines src, ImportOptions opt)
    {
        string h = src.FirstLine;
        string name = Path.GetFileName(src.Name).ToLowerInvariant();
        return h switch
        {
            _ when h.StartsWith("order\tcode\tcode_nodot\tvalid_hipaa", StringComparison.Ordinal) => [Icd10(src, opt, codeCol: 2, billableCol: 3, descCol: 4)],
            _ when h.StartsWith("code\tcode_nodot\tbillable_derived\tdescription", StringComparison.Ordinal) => [Icd10(src, opt, codeCol: 1, billableCol: 2, descCol: 3)],
            _ when h.StartsWith("code\tcode_nodot\tdescription\tedit_group\tedit_rule", StringComparison.Ordinal) => [Mce(src, opt)],
            _ when h.StartsWith("code\tshort_description\tlong_description\tsection", StringComparison.Ordinal) => [HcpcsDated(src, h)],
            _ when h.StartsWith("code\trecord_type\tshort_description\tlong_description", StringComparison.Ordinal) => HcpcsSnapshot(src, opt),
            _ when h.StartsWith("column1\tcolumn2\tdeletion_date\tmodifier_indicator", StringComparison.Ordinal) => [NcciUndated(src, opt)],
            _ when h.StartsWith("primary_code\tadd_on_code\taoc_edit_type", StringComparison.Ordinal) => [AddOn(src, opt)],
            _ when h.StartsWith("code\tmue_value\tmue_adjudication_indicator", StringComparison.Ordinal) => [Mue(src, opt, name)],
            _ when h.StartsWith("code\tdescription\tusage\tnotes\tstart_date\tlast_modified", StringComparison.Ordinal) => [AdjustmentCodes(src, opt, h)],
            _ when h.StartsWith("code\ttype\tname\tdescription", StringComparison.Ordinal) => [PlaceOfService(src, opt)],
            _ when h.StartsWith("code\tcode_system\tcategory\tnote", StringComparison.Ordinal) => [Modifiers(src, opt)],
            _ when h.StartsWith("code\tname", StringComparison.Ordinal) && (opt.SetId == CodeSetIds.AdjustmentGroup || name.Contains("group")) => [Groups(src, opt)],
            _ when h.Trim() == "code" => [CodesOnly(src, opt, name)],
            _ => null,
        };
    }

    private static ParsedCodeFile Icd10(SourceLines src, ImportOptions opt, int codeCol, int billableCol, int descCol)
    {
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, fiscalYear: true)
            ?? throw src.Error(0, "cannot tell the fiscal year from the file name; give --effective YYYY-MM-DD.");
        var list = new List<SnapshotEntry>();
        foreach ((int line, string[] f) in Rows(src, descCol + 1))
        {
            string billable = f[billableCol].Trim();
            if (billable is not ("0" or "1"))
            {
                throw src.Error(line, $"billable/valid flag '{billable}' must be 0 or 1.");
            }
            list.Add(new SnapshotEntry(Code(src, line, f[codeCol], "ICD-10-CM code"), billable == "1" ? Icd10CmCode.BillableBit : 0, Text(f[descCol]), null));
        }
        DateOnly through = FiscalYearEnd(eff);
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.Icd10Cm, Version = $"FY{through.Year}", Effective = eff, DataThrough = through,
            Source = Path.GetFileName(src.Name), Snapshot = list,
        };
    }

    private static ParsedCodeFile Mce(SourceLines src, ImportOptions opt)
    {
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, fiscalYear: true)
            ?? throw src.Error(0, "cannot tell the fiscal year from the file name; give --effective YYYY-MM-DD.");
        var flags = new Dictionary<ulong, uint>();
        foreach ((int line, string[] f) in Rows(src, 5))
        {
            DiagnosisEdits e = f[4].Trim() switch
            {
                "Perinatal/Newborn (Age 0 Only)" => DiagnosisEdits.Newborn,
                "Pediatric (Ages 0-17)" => DiagnosisEdits.Pediatric,
                "Maternity (Ages 9-64)" => DiagnosisEdits.Maternity,
                "Adult (Ages 15-124)" => DiagnosisEdits.Adult,
                "Female Only" => DiagnosisEdits.FemaleOnly,
                "Male Only" => DiagnosisEdits.MaleOnly,
                "Manifestation (Not Allowed as Principal Diagnosis)" => DiagnosisEdits.Manifestation,
                string other => throw src.Error(line, $"unknown MCE edit rule '{other}'."),
            };
            ulong key = Code(src, line, f[1], "ICD-10-CM code");
            flags[key] = flags.GetValueOrDefault(key) | (uint)e;
        }
        DateOnly through = FiscalYearEnd(eff);
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.Icd10CmEdits, Version = $"MCE FY{through.Year}", Effective = eff, DataThrough = through,
            Source = Path.GetFileName(src.Name), Snapshot = flags.Select(p => new SnapshotEntry(p.Key, p.Value, null, null)).ToList(),
        };
    }

    private static ParsedCodeFile HcpcsDated(SourceLines src, string header)
    {
        string[] cols = header.Split('\t');
        int add = Array.IndexOf(cols, "add_date"), term = Array.IndexOf(cols, "termination_date");
        if (add < 0 || term < 0)
        {
            throw src.Error(1, "HCPCS list without add_date/termination_date columns.");
        }
        var rows = new List<CodeRow>();
        DateOnly latest = DateOnly.MinValue;
        foreach ((int line, string[] f) in Rows(src, cols.Length))
        {
            DateOnly? a = IsoDate(src, line, f[add], "add_date");
            DateOnly? t = IsoDate(src, line, f[term], "termination_date");
            latest = a > latest ? a.Value : latest;
            // CMS HCPCS termination dates are the last day the code may be billed (mostly December 31).
            rows.Add(new CodeRow(Code(src, line, f[0], "HCPCS code"), StartDay(a), EndDay(t), 0, Text(f[2]), Text(f[1])));
        }
        DateOnly eff = new(latest.Year, (latest.Month - 1) / 3 * 3 + 1, 1);
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.Hcpcs, Version = $"HCPCS {eff:yyyy} Q{(eff.Month + 2) / 3}", Effective = eff, DataThrough = QuarterEnd(eff),
            Source = Path.GetFileName(src.Name), DatedRows = rows,
        };
    }

    private static ParsedCodeFile[] HcpcsSnapshot(SourceLines src, ImportOptions opt)
    {
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name.Replace("level2_", "", StringComparison.Ordinal), fiscalYear: false)
            ?? MonthFromWords(src.Name) ?? throw src.Error(0, "cannot tell the release from the file name; give --effective YYYY-MM-DD.");
        var procs = new List<SnapshotEntry>();
        var mods = new List<SnapshotEntry>();
        foreach ((int line, string[] f) in Rows(src, 4))
        {
            var e = new SnapshotEntry(Code(src, line, f[0], "HCPCS code"), 0, Text(f[3]), Text(f[2]));
            (f[1].Trim() == "modifier" ? mods : procs).Add(e);
        }
        string version = $"HCPCS {eff:yyyy MMMM}";
        DateOnly through = QuarterEnd(eff);
        return
        [
            new ParsedCodeFile { SetId = CodeSetIds.Hcpcs, Version = version, Effective = eff, DataThrough = through, Source = Path.GetFileName(src.Name), Snapshot = procs },
            new ParsedCodeFile { SetId = CodeSetIds.Modifier, Version = version, Effective = eff, DataThrough = through, Source = Path.GetFileName(src.Name), Snapshot = mods, EndMissing = false },
        ];
    }

    private static DateOnly? MonthFromWords(string name)
    {
        string n = Path.GetFileName(name).ToLowerInvariant();
        var m = System.Text.RegularExpressions.Regex.Match(n, @"(20\d{2})_(jan|apr|jul|oct)");
        return m.Success ? EffectiveFromName($"HCPC{m.Groups[1].Value}_{m.Groups[2].Value}", false) : null;
    }

    private static ParsedCodeFile NcciUndated(SourceLines src, ImportOptions opt)
    {
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, fiscalYear: false)
            ?? throw src.Error(0, "cannot tell the quarter from the file name; give --effective YYYY-MM-DD.");
        var byPair = new Dictionary<ulong, List<(DateOnly? Deleted, uint Mod, string? Why)>>();
        foreach ((int line, string[] f) in Rows(src, 5))
        {
            ulong pair = Pair(src, line, f[0], f[1]);
            DateOnly? del = IsoDate(src, line, f[2], "deletion_date");
            int mod = Int(src, line, f[3], "modifier_indicator", 0, 9);
            if (mod is not (0 or 1 or 9))
            {
                throw src.Error(line, $"modifier_indicator {mod} must be 0, 1 or 9.");
            }
            if (!byPair.TryGetValue(pair, out var l))
            {
                byPair[pair] = l = [];
            }
            l.Add((del == new DateOnly(9999, 12, 31) ? null : del, (uint)mod, Text(f[4]))); // 9999-12-31 = active (CMS "*")
        }
        // This layout has no effective dates: each version of a pair is taken to start the day after the
        // previous version's deletion date (the first one: before the data), and flagged approximate.
        var rows = new List<CodeRow>(byPair.Count + byPair.Count / 8);
        foreach ((ulong pair, var versions) in byPair)
        {
            versions.Sort((a, b) => (a.Deleted ?? DateOnly.MaxValue).CompareTo(b.Deleted ?? DateOnly.MaxValue));
            int start = CodeRow.OpenStart;
            foreach (var v in versions)
            {
                int end = EndDay(v.Deleted);
                rows.Add(new CodeRow(pair, start, Math.Max(start, end), v.Mod | NcciPairEdit.EffectiveApproximateBit, null, v.Why));
                start = end == CodeRow.OpenEnd ? end : end + 1;
            }
        }
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.NcciPtp, Version = $"PTP practitioner {eff:yyyy} Q{(eff.Month + 2) / 3}", Effective = eff, DataThrough = QuarterEnd(eff),
            Source = Path.GetFileName(src.Name), DatedRows = rows,
        };
    }

    internal static ulong Pair(SourceLines src, int line, string a, string b)
    {
        ulong k1 = Code(src, line, a, "column 1 code"), k2 = Code(src, line, b, "column 2 code");
        return CodeKey.TryPackPair(k1, k2, out ulong pair) ? pair : throw src.Error(line, $"codes '{a.Trim()}'/'{b.Trim()}' must be five characters each.");
    }

    private static ParsedCodeFile AddOn(SourceLines src, ImportOptions opt)
    {
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, fiscalYear: false)
            ?? throw src.Error(0, "cannot tell the release from the file name; give --effective YYYY-MM-DD.");
        var list = new List<SnapshotEntry>();
        foreach ((int line, string[] f) in Rows(src, 3))
        {
            int type = Int(src, line, f[2], "aoc_edit_type", 1, 3);
            list.Add(new SnapshotEntry(Pair(src, line, f[1], f[0]), (uint)type, null, null));
        }
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.NcciAddOn, Version = $"AOC {eff:yyyy-MM}", Effective = eff, DataThrough = QuarterEnd(eff),
            Source = Path.GetFileName(src.Name), Snapshot = list,
        };
    }

    private static ParsedCodeFile Mue(SourceLines src, ImportOptions opt, string name)
    {
        string set = opt.SetId ?? (name.Contains("outpatient") ? CodeSetIds.MueOutpatient : name.Contains("dme") ? CodeSetIds.MueDme
            : name.Contains("practitioner") ? CodeSetIds.MuePractitioner : throw src.Error(0, "cannot tell which MUE table (practitioner, outpatient, dme) from the file name; give --set."));
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, fiscalYear: false)
            ?? throw src.Error(0, "cannot tell the quarter from the file name; give --effective YYYY-MM-DD.");
        bool hasRationale = src.FirstLine.Split('\t').Length >= 4;
        var list = new List<SnapshotEntry>();
        foreach ((int line, string[] f) in Rows(src, 3))
        {
            list.Add(MueEntry(src, line, f[0], f[1], f[2], hasRationale && f.Length > 3 ? f[3] : ""));
        }
        // A subset file (e.g. only MAI 3 rows) says nothing about the codes it leaves out.
        bool subset = name.Contains("subset");
        return new ParsedCodeFile
        {
            SetId = set, Version = $"MUE {eff:yyyy} Q{(eff.Month + 2) / 3}" + (subset ? " (subset)" : ""), Effective = eff, DataThrough = QuarterEnd(eff),
            Source = Path.GetFileName(src.Name), Snapshot = list, EndMissing = !subset, InheritMissingTexts = !hasRationale,
        };
    }

    internal static SnapshotEntry MueEntry(SourceLines src, int line, string code, string value, string mai, string rationale)
    {
        int units = Int(src, line, value, "MUE value", 0, (int)MueEdit.UnitsMask);
        string m = mai.Trim();
        int adj = m.Length > 0 && m[0] is >= '1' and <= '3' ? m[0] - '0' : throw src.Error(line, $"MUE adjudication indicator '{m}' must start with 1, 2 or 3.");
        return new SnapshotEntry(Code(src, line, code, "HCPCS/CPT code"), (uint)units | ((uint)adj << MueEdit.AdjudicationShift), null, Text(rationale));
    }

    private static ParsedCodeFile AdjustmentCodes(SourceLines src, ImportOptions opt, string header)
    {
        string[] cols = header.Split('\t');
        int stopCol = Array.FindIndex(cols, c => c is "stop_date" or "deactivated_per_notes");
        string set = opt.SetId ?? (cols.Contains("deactivated_per_notes") || src.Name.Contains("rarc", StringComparison.OrdinalIgnoreCase) ? CodeSetIds.Rarc : CodeSetIds.Carc);
        var rows = new List<CodeRow>();
        DateOnly latest = DateOnly.MinValue;
        foreach ((int line, string[] f) in Rows(src, cols.Length))
        {
            DateOnly? start = IsoDate(src, line, f[4], "start_date");
            DateOnly? modified = IsoDate(src, line, f[5], "last_modified");
            DateOnly? stop = stopCol >= 0 ? IsoDate(src, line, f[stopCol], "stop date") : null;
            latest = new[] { latest, start ?? latest, modified ?? latest }.Max();
            string? detail = Text(string.Join(" ", Text(f[2]), Text(f[3])));
            // X12 code lists: a code may not be used on or after its stop date.
            rows.Add(new CodeRow(Code(src, line, f[0], "adjustment code"), StartDay(start), stop is { } s ? s.DayNumber - 1 : CodeRow.OpenEnd, 0, Text(f[1]), detail));
        }
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, false) ?? new DateOnly(latest.Year, latest.Month, 1);
        return new ParsedCodeFile
        {
            SetId = set, Version = $"X12 {set.ToUpperInvariant()} list {eff:yyyy-MM}", Effective = eff, DataThrough = new DateOnly(eff.Year, eff.Month, 1).AddMonths(1).AddDays(-1),
            Source = Path.GetFileName(src.Name), DatedRows = rows,
        };
    }

    private static ParsedCodeFile PlaceOfService(SourceLines src, ImportOptions opt)
    {
        DateOnly eff = opt.Effective ?? EffectiveFromName(src.Name, false) ?? new DateOnly(int.Parse(System.Text.RegularExpressions.Regex.Match(src.Name, @"20\d{2}").Value is { Length: 4 } y ? y : "2024", System.Globalization.CultureInfo.InvariantCulture), 1, 1);
        var list = new List<SnapshotEntry>();
        foreach ((int line, string[] f) in Rows(src, 4))
        {
            if (f[2].Trim() == "Unassigned")
            {
                continue; // CMS lists unassigned numbers too; they are not valid on a claim.
            }
            uint type = f[1].Trim() switch { "Facility" => 1u, "Non-Facility" => 2u, _ => 0u };
            list.Add(new SnapshotEntry(Code(src, line, f[0], "POS code"), type, Text(f[2]), Text(f[3])));
        }
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.PlaceOfService, Version = $"CMS POS {eff:yyyy}", Effective = eff, DataThrough = new DateOnly(eff.Year, 12, 31),
            Source = Path.GetFileName(src.Name), Snapshot = list,
        };
    }

    private static ParsedCodeFile Modifiers(SourceLines src, ImportOptions opt)
    {
        DateOnly eff = opt.Effective ?? new DateOnly(2026, 1, 1);
        var list = new List<SnapshotEntry>();
        foreach ((int line, string[] f) in Rows(src, 4))
        {
            string system = f[1].Trim();
            string category = f[2].Trim().Replace('_', ' ');
            // CPT modifier descriptors are AMA-copyrighted: ship the number and our own category words only.
            string text = system == "CPT" ? $"CPT modifier ({category}; AMA descriptor not shipped)" : $"{Text(f[3])} ({category})";
            list.Add(new SnapshotEntry(Code(src, line, f[0], "modifier"), system == "CPT" ? 1u : 0u, text, null));
        }
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.Modifier, Version = "modifier list CY" + eff.Year, Effective = eff, DataThrough = new DateOnly(eff.Year, 12, 31),
            Source = Path.GetFileName(src.Name), Snapshot = list, EndMissing = false, NewCodesStart = DateOnly.MinValue,
        };
    }

    private static ParsedCodeFile Groups(SourceLines src, ImportOptions opt)
    {
        var list = Rows(src, 2).Select(r => new SnapshotEntry(Code(src, r.Line, r.Fields[0], "group code"), 0, Text(r.Fields[1]), null)).ToList();
        DateOnly eff = opt.Effective ?? new DateOnly(2003, 10, 16); // 5010 adjustment group codes; unchanged since HIPAA adoption
        return new ParsedCodeFile
        {
            SetId = CodeSetIds.AdjustmentGroup, Version = "X12 5010 CAS01", Effective = eff, DataThrough = DateOnly.MaxValue,
            Source = Path.GetFileName(src.Name), Snapshot = list,
        };
    }

    private static ParsedCodeFile CodesOnly(SourceLines src, ImportOptions opt, string name)
    {
        string set = opt.SetId ?? name switch
        {
            _ when name.Contains("507") => CodeSetIds.ClaimStatusCategory,
            _ when name.Contains("508") => CodeSetIds.ClaimStatus,
            _ when name.Contains("1365") => CodeSetIds.ServiceType,
            _ when name.Contains("entity") => CodeSetIds.EntityIdentifier,
            _ when name.Contains("pos") => CodeSetIds.PlaceOfService,
            _ => throw src.Error(0, "a list of codes only: say which set it is with --set."),
        };
        DateOnly eff = opt.Effective ?? throw src.Error(0, "a list of codes only carries no version date; give --effective YYYY-MM-DD.");
        var list = Rows(src, 1).Select(r => new SnapshotEntry(Code(src, r.Line, r.Fields[0]), 0, null, null)).ToList();
        return new ParsedCodeFile
        {
            SetId = set, Version = $"code list {eff:yyyy-MM-dd}", Effective = eff, DataThrough = eff,
            Source = Path.GetFileName(src.Name), Snapshot = list, EndMissing = false, NewCodesStart = DateOnly.MinValue, CodesOnly = true,
        };
    }

    /// <summary>Data rows after the header line, split on tabs, each with at least <paramref name="min"/> fields.</summary>
    internal static IEnumerable<(int Line, string[] Fields)> Rows(SourceLines src, int min)
    {
        bool header = true;
        for (int i = 0; i < src.Lines.Count; i++)
        {
            string l = src.Lines[i];
            if (l.Trim().Length == 0)
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            string[] f = l.Split('\t');
            if (f.Length < min)
            {
                throw src.Error(i + 1, $"expected {min} tab-separated fields, found {f.Length}.");
            }
            yield return (i + 1, f);
        }
    }
}
