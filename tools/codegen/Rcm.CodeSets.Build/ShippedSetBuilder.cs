using System.Diagnostics;
using Rcm.Codes;
using Rcm.Codes.Import;
using Rcm.Codes.Storage;

namespace Rcm.CodeSets.Build;

/// <summary>
/// Which reference files make each shipped set, in which order they are layered, and the gaps each set
/// is shipped with (see ../shared/reference/PROVENANCE.md for where every file came from).
/// </summary>
internal static class ShippedSetBuilder
{
    private static readonly DateTimeOffset BuiltAt = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    public static int Run(string reference, string output)
    {
        Directory.CreateDirectory(output);
        string R(string rel) => Path.Combine(reference, rel);

        Build(output, CodeSetIds.Icd10Cm, "ICD-10-CM diagnoses",
            [
                "Through FY2025 only (2025-09-30): FY2026 (effective 2025-10-01) is not shipped. Import the CMS icd10cm_order_2026.txt (or later) to bring it up to date.",
                "FY2025 7th-character codes are derived from the FY2024 order file and the FY2025 tabular list (74,260 billable, matching CMS's count); no short descriptions.",
            ],
            [.. Parse(R("icd10cm/icd10cm_order_fy2024.tsv")), .. Parse(R("icd10cm/icd10cm_fy2025_derived.tsv"))]);

        Build(output, CodeSetIds.Icd10CmEdits, "ICD-10-CM Medicare Code Editor age/sex/manifestation edits",
            ["MCE v41.1 (FY2024) edits are applied to every date; only the age, sex and manifestation lists (not unacceptable principal diagnosis etc.)."],
            Parse(R("mce/mce_icd10cm_edits_v41_fy2024.tsv")));

        ParsedCodeFile[] hcpcs2026 = Parse(R("hcpcs/hcpcs_level2_2026_jan.tsv"));
        var noc = File.ReadLines(R("hcpcs/hcpcs_noc_codes_2024_july.tsv")).Skip(1).Select(l => CodeKey.Pack(l.Split('\t')[0])).ToHashSet();
        Build(output, CodeSetIds.Hcpcs, "HCPCS Level II procedures and supplies",
            [
                "Dates come from the July 2024 CMS file; codes new in the January 2026 file are dated from 2024-10-01, their real add dates being unknown (flagged approximate).",
                "Terminations after July 2024 are unknown: the January 2026 file still lists recently terminated codes, and codes it lacks are ended 2025-12-31.",
                "No pricing, coverage or BETOS indicators. CPT (Level I) codes are not part of this set (AMA copyright).",
            ],
            [WithTexts(Parse(R("hcpcs/hcpcs_level2_2024_july.tsv"))[0], hcpcs2026[0].Snapshot!),
             Without(With(hcpcs2026.Single(p => p.SetId == CodeSetIds.Hcpcs), newStart: new DateOnly(2024, 10, 1), newAttrs: HcpcsAttributes.StartApproximate),
                 TerminatedIn(Parse(R("hcpcs/hcpcs_level2_2024_july.tsv"))[0]))],
            row => noc.Contains(row.Key) ? row with { Attributes = row.Attributes | HcpcsAttributes.NotOtherwiseClassified } : row);

        Build(output, CodeSetIds.Modifier, "Modifiers (HCPCS Level II with CMS text; CPT numbers only)",
            ["CPT modifier descriptors are not shipped (AMA copyright): CPT modifiers carry our category words only. No add/termination dates."],
            [With(hcpcs2026.Single(p => p.SetId == CodeSetIds.Modifier), endMissing: false),
             Without(Parse(R("modifiers/modifier_codes.tsv"))[0], hcpcs2026.Single(p => p.SetId == CodeSetIds.Modifier).Snapshot!.Select(e => e.Key).ToHashSet())]);

        Build(output, CodeSetIds.NcciPtp, "NCCI procedure-to-procedure edits (practitioner)",
            [
                "NCCI PTP 2024 Q3 (effective 2024-07-01) only, about two years old: import the current CMS quarterly PTP files.",
                "Effective dates are approximate: the source lacks them, so a pair's row starts the day after its previous deletion date.",
                "No outpatient hospital PTP edits.",
            ],
            Parse(R("ncci/ptp_practitioner_2024q3.tsv.gz")));

        Build(output, CodeSetIds.NcciAddOn, "NCCI add-on code edits",
            ["AOC edits of 2024-06 (2024 Q3), without per-edit dates."],
            [With(Parse(R("ncci/aoc_edits_2024-06.tsv"))[0], effective: new DateOnly(2024, 7, 1), through: new DateOnly(2024, 9, 30))]);

        Build(output, CodeSetIds.MuePractitioner, "MUE practitioner services",
            ["Full table is 2024 Q3; 2026 Q2 values are known only for MAI 3 codes (the source kept MAI 3 rows only), so MAI 1/2 codes keep 2024 Q3 values and MAI 3 codes dropped since are not ended."],
            [.. Parse(R("mue/mue_practitioner_2024q3.tsv")), .. Parse(R("mue/mue_practitioner_2026q2_mai3_subset.tsv"))]);
        Build(output, CodeSetIds.MueOutpatient, "MUE outpatient hospital services",
            ["2024 Q3 (effective 2024-07-01) only: import the current CMS MUE table."], Parse(R("mue/mue_outpatient_hospital_2024q3.tsv")));
        Build(output, CodeSetIds.MueDme, "MUE DME supplier services",
            ["2024 Q3 (effective 2024-07-01) only: import the current CMS MUE table."], Parse(R("mue/mue_dme_supplier_2024q3.tsv")));

        Build(output, CodeSetIds.Carc, "Claim adjustment reason codes (CARC)",
            ["X12 list as of 2024-06: codes added later are missing."], Parse(R("carc/carc_x12_2024-06.tsv")));
        Build(output, CodeSetIds.Rarc, "Remittance advice remark codes (RARC)",
            ["X12 list as of 2024-06 (up to N895): later codes are missing, and stop dates are missing (the source held the active table only)."],
            Parse(R("rarc/rarc_x12_2024-06.tsv")));
        Build(output, CodeSetIds.AdjustmentGroup, "Claim adjustment group codes (CAS01)", [],
            Parse(R("carc/claim_adjustment_group_codes.tsv")));

        Build(output, CodeSetIds.PlaceOfService, "Place of service (CMS)",
            ["Names from the CMS list of 2024-06; codes added to the pyx12 list up to 2026-04-29 but not in that CMS list have no name."],
            [With(Parse(R("place_of_service/pos_codes_cms_2024.tsv"))[0], effective: new DateOnly(2024, 6, 1), through: new DateOnly(2024, 6, 30)),
             .. Parse(R("place_of_service/pos_codes_pyx12.tsv"), new ImportOptions(CodeSetIds.PlaceOfService, new DateOnly(2026, 4, 29)))]);

        const string codesOnly = "Codes only: the X12 code-list texts are not shipped. List of about 2014 (pyx12): newer codes are missing.";
        var x12List = new DateOnly(2014, 7, 1);
        Build(output, CodeSetIds.ClaimStatusCategory, "Claim status category codes (507)", [codesOnly],
            Parse(R("claim_status/claim_status_category_codes_507.tsv"), new ImportOptions(CodeSetIds.ClaimStatusCategory, x12List)));
        Build(output, CodeSetIds.ClaimStatus, "Claim status codes (508)", [codesOnly],
            Parse(R("claim_status/claim_status_codes_508.tsv"), new ImportOptions(CodeSetIds.ClaimStatus, x12List)));
        Build(output, CodeSetIds.ServiceType, "Service type codes (1365)", [codesOnly],
            Parse(R("x12_eligibility/service_type_codes_1365.tsv"), new ImportOptions(CodeSetIds.ServiceType, x12List)));
        Build(output, CodeSetIds.EntityIdentifier, "Entity identifier codes (98)", [codesOnly],
            Parse(R("x12_eligibility/entity_identifier_codes_98.tsv"), new ImportOptions(CodeSetIds.EntityIdentifier, x12List)));

        Build(output, CodeSetIds.Taxonomy, "NUCC health care provider taxonomy",
            ["NUCC v25.1 (effective 2025-07-01); v26.0 (January 2026) is not shipped."], Parse(R("nucc_taxonomy/nucc_taxonomy_251.csv")));
        return 0;
    }

    private static ParsedCodeFile[] Parse(string path, ImportOptions? options = null)
    {
        using FileStream f = File.OpenRead(path);
        return CodeFileReader.Parse(path, f, options ?? new ImportOptions()).ToArray();
    }

    // Descriptions: the January 2026 file is current (PROVENANCE.md), so 2024 rows take its texts rather
    // than being split into a 2024 and a 2026 version that differ only in wording.
    private static ParsedCodeFile WithTexts(ParsedCodeFile dated, IReadOnlyList<SnapshotEntry> current)
    {
        var texts = current.ToDictionary(e => e.Key);
        return new ParsedCodeFile
        {
            SetId = dated.SetId, Version = dated.Version, Effective = dated.Effective, DataThrough = dated.DataThrough, Source = dated.Source,
            DatedRows = dated.DatedRows!.Select(r => texts.TryGetValue(r.Key, out SnapshotEntry e) ? r with { Text = e.Text, Detail = e.Detail } : r).ToList(),
        };
    }

    // The January 2026 HCPCS file still lists codes terminated in the last year; a code already ended in
    // the 2024 data must not come back to life from it.
    private static HashSet<ulong> TerminatedIn(ParsedCodeFile dated) =>
        dated.DatedRows!.GroupBy(r => r.Key).Where(g => g.All(r => !r.IsOpenEnded)).Select(g => g.Key).ToHashSet();

    private static ParsedCodeFile Without(ParsedCodeFile p, HashSet<ulong> drop)
    {
        ParsedCodeFile copy = With(p);
        return new ParsedCodeFile
        {
            SetId = copy.SetId, Version = copy.Version, Effective = copy.Effective, DataThrough = copy.DataThrough, Source = copy.Source,
            Snapshot = p.Snapshot!.Where(e => !drop.Contains(e.Key)).ToList(), EndMissing = copy.EndMissing, Scope = copy.Scope, CodesOnly = copy.CodesOnly, InheritMissingTexts = copy.InheritMissingTexts,
            NewCodesStart = copy.NewCodesStart, NewCodeAttributes = copy.NewCodeAttributes, Gaps = copy.Gaps,
        };
    }

    private static ParsedCodeFile With(ParsedCodeFile p, DateOnly? newStart = null, uint newAttrs = 0, bool? endMissing = null,
        DateOnly? effective = null, DateOnly? through = null) => new()
    {
        SetId = p.SetId, Version = p.Version, Effective = effective ?? p.Effective, DataThrough = through ?? p.DataThrough, Source = p.Source,
        Snapshot = p.Snapshot, DatedRows = p.DatedRows, EndMissing = endMissing ?? p.EndMissing, Scope = p.Scope, CodesOnly = p.CodesOnly, InheritMissingTexts = p.InheritMissingTexts,
        NewCodesStart = newStart ?? p.NewCodesStart, NewCodeAttributes = newAttrs | p.NewCodeAttributes, Gaps = p.Gaps,
    };

    private static void Build(string output, string id, string title, string[] gaps, ParsedCodeFile[] files, Func<CodeRow, CodeRow>? post = null)
    {
        var sw = Stopwatch.StartNew();
        var builder = new CodeTableBuilder(new CodeSetHeader(id, title, "", "", DateOnly.MinValue, DateOnly.MinValue, DateOnly.MinValue, gaps), []);
        foreach (ParsedCodeFile file in files)
        {
            if (file.SetId != id)
            {
                throw new InvalidOperationException($"{file.Source} holds {file.SetId}, not {id}.");
            }
            ChangeSummary s = CodeSetImporter.Apply(builder, file, BuiltAt);
            Console.WriteLine($"  {id,-16} {file.Version,-34} +{s.Added} -{s.Deleted} ~{s.Revised} ={s.Unchanged}");
        }
        builder.Header = builder.Header with { Gaps = gaps, Source = builder.Header.Source + " (reference collection, see docs/code-sets.md)" };
        if (post is not null)
        {
            builder = new CodeTableBuilder(builder.Header, builder.Build().Select(post));
        }
        string path = Path.Combine(output, id + ".rcmc");
        using (FileStream f = File.Create(path))
        {
            builder.Write(f);
        }
        Console.WriteLine($"{id,-16} rows={builder.RowCount,9} bytes={new FileInfo(path).Length,9} {builder.Header.Version} ({sw.ElapsedMilliseconds} ms)");
    }
}
