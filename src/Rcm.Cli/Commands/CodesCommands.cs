using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Rcm.Codes;
using Rcm.Codes.Import;
using Spectre.Console;

namespace Rcm.Cli.Commands;

/// <summary>
/// `rcm codes lookup|import|status`: the reference code sets (ICD-10-CM, HCPCS, NCCI, MUE, CARC/RARC, POS,
/// X12 code lists, NUCC taxonomy) as shipped, plus versions imported into the data folder.
/// Exit codes: 0 found/valid or done, 1 not valid on the date or input rejected, 2 bad arguments.
/// </summary>
internal static class CodesCommands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var codes = new Command("codes", "Reference code sets: look up a code on a date of service, import official updates, show versions and gaps.");
        codes.Subcommands.Add(Lookup());
        codes.Subcommands.Add(Import());
        codes.Subcommands.Add(Status());
        return codes;
    }

    private static Option<string> DataOption() => new("--data") { Description = "Data folder holding imported versions (default ./data)", DefaultValueFactory = _ => "data" };

    private static Command Lookup()
    {
        var code = new Argument<string[]>("CODE") { Description = "The code; for ncci two codes (column 1, column 2) or COL1/COL2; for aoc the add-on and optionally its primary", Arity = ArgumentArity.ZeroOrMore };
        var set = new Option<string?>("--set") { Description = "Set id: " + string.Join(", ", CodeSetIds.All) + ". Inferred from the code's shape when left out." };
        var date = new Option<string?>("--date") { Description = "Date of service YYYY-MM-DD (default: today)" };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON" };
        var data = DataOption();
        var command = new Command("lookup", """
            Look a code up on a date of service.

            Prints the set, description, validity dates and, for ICD-10-CM, whether the code is billable.
            A date after the newest loaded version is checked against it and flagged stale.

            Exit codes: 0 the code exists and is valid on the date, 1 it is not, 2 bad arguments.

            Examples:
              rcm codes lookup F84.0 --date 2025-03-01
              rcm codes lookup --set ncci 99214 99213 --json
              rcm codes lookup --set carc 27
            """) { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(code);
        command.Options.Add(set);
        command.Options.Add(date);
        command.Options.Add(json);
        command.Options.Add(data);
        command.SetAction(p =>
        {
            if (p.UnmatchedTokens.Count > 0)
            {
                return Usage($"unknown argument(s): {string.Join(" ", p.UnmatchedTokens)}");
            }
            string[] given = (p.GetValue(code) ?? []).SelectMany(c => c.Split('/', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            if (given.Length == 0)
            {
                return Usage("give a CODE to look up.");
            }
            if (given.FirstOrDefault(g => g.StartsWith('-')) is { } option)
            {
                return Usage($"unknown option '{option}'.");
            }
            string? setId = p.GetValue(set)?.ToLowerInvariant();
            if (setId is not null && !CodeSetIds.All.Contains(setId))
            {
                return Usage($"unknown set '{setId}'. Known: {string.Join(", ", CodeSetIds.All)}.");
            }
            if (setId is CodeSetIds.NcciPtp && given.Length != 2)
            {
                return Usage("ncci needs two codes: column 1 and column 2.");
            }
            if (!TryDate(p.GetValue(date), out DateOnly dos))
            {
                return Usage($"--date '{p.GetValue(date)}' is not a date (YYYY-MM-DD).");
            }
            if (LoadSets(p.GetValue(data)) is not { } sets)
            {
                return 1;
            }
            return RunLookup(sets, setId, given, dos, p.GetValue(json));
        });
        return command;
    }

    private static int RunLookup(CodeSets sets, string? setId, string[] codes, DateOnly dos, bool json)
    {
        bool inferred = setId is null;
        IReadOnlyList<string> candidates = setId is null ? CodeShapes.CandidateSets(codes.Length == 2 ? $"{codes[0]}/{codes[1]}" : codes[0]) : [setId];
        if (candidates.Count == 0)
        {
            Console.Error.WriteLine($"'{codes[0]}' has no shape of a known code set; name the set with --set.");
            return 1;
        }
        var reports = candidates.Select(c => CodeReport.For(sets, c, codes, dos)).ToList();
        CodeReport report = reports.FirstOrDefault(r => r.Status != CodeStatus.NotFound) ?? reports[0];
        string[] alsoIn = reports.Where(r => r != report && r.Status != CodeStatus.NotFound).Select(r => r.Set).ToArray();
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                set = report.Set, inferred, setTitle = report.SetTitle, code = report.Code, date = Iso(report.Date),
                status = StatusWord(report.Status), valid = report.Valid, billable = report.Billable, description = report.Description,
                detail = report.Detail, validFrom = report.ValidFrom is { } f ? Iso(f) : null, coverageStart = Iso(report.CoverageStart), validThrough = report.ValidThrough is { } t ? Iso(t) : null,
                stale = report.Stale, beforeCoverage = report.BeforeCoverage, version = report.Version, dataThrough = Iso(report.DataThrough),
                facts = report.Facts, alsoIn,
            }, Json));
            return report.Valid ? 0 : 1;
        }
        Console.WriteLine($"set:           {report.Set} ({report.SetTitle}){(inferred ? " — inferred from the code's shape" : "")}");
        Console.WriteLine($"code:          {report.Code}");
        Console.WriteLine($"status:        {StatusWord(report.Status)} on {Iso(report.Date)}");
        if (report.Billable is { } b)
        {
            Console.WriteLine($"billable:      {(b ? "yes" : report.Valid ? "no (header code: needs more characters)" : "no (not in force on the date)")}");
        }
        if (report.Description is not null)
        {
            Console.WriteLine($"description:   {report.Description}");
        }
        if (report.Detail is not null)
        {
            Console.WriteLine($"detail:        {report.Detail}");
        }
        if (report.Status != CodeStatus.NotFound)
        {
            Console.WriteLine($"valid from:    {(report.ValidFrom is { } f ? Iso(f) : $"on or before {Iso(report.CoverageStart)} (the oldest loaded version)")}");
            Console.WriteLine($"valid through: {(report.ValidThrough is { } t ? Iso(t) : "still in force in the newest version")}");
        }
        foreach ((string k, string v) in report.Facts)
        {
            Console.WriteLine((k + ":").PadRight(Math.Max(15, k.Length + 2)) + v);
        }
        Console.WriteLine($"version:       {report.Version} (data through {Iso(report.DataThrough)})");
        if (report.Stale)
        {
            Console.WriteLine($"warning:       stale — the date is after the newest loaded version (through {Iso(report.DataThrough)}); run `rcm codes import` with the current official file.");
        }
        if (report.BeforeCoverage)
        {
            Console.WriteLine("warning:       the date is before the oldest loaded version; validity then is assumed, not known.");
        }
        if (alsoIn.Length > 0)
        {
            Console.WriteLine($"also in:       {string.Join(", ", alsoIn)} (use --set to choose)");
        }
        return report.Valid ? 0 : 1;
    }

    private static Command Import()
    {
        var source = new Argument<string>("SOURCE") { Description = "An official file (ICD-10-CM order file, HCPCS ANWEB, NCCI PTP, MUE CSV, NUCC CSV), a reference TSV, a folder or a .zip" };
        var set = new Option<string?>("--set") { Description = "The set, for files whose layout does not say (codes-only lists)" };
        var effective = new Option<string?>("--effective") { Description = "Effective date YYYY-MM-DD, when the file name does not give it" };
        var json = new Option<bool>("--json") { Description = "Write the change summary as JSON" };
        var data = DataOption();
        var command = new Command("import", """
            Import a new version from the publisher's files, layered over the shipped data.

            Writes <data>/codes/<set>/<effective>_<time>.rcmc; nothing is written when any line is rejected.
            Prints what changed: codes added, deleted and revised as of the new version's effective date.

            Exit codes: 0 imported, 1 the input was rejected (the message names the file and line), 2 bad arguments.

            Examples:
              rcm codes import icd10cm_order_2026.txt
              rcm codes import ~/Downloads/medicare-ncci-2026q3-practitioner-ptp-edits.zip
              rcm codes import MCR_MUE_PractitionerServices.csv --effective 2026-07-01
            """) { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(source);
        command.Options.Add(set);
        command.Options.Add(effective);
        command.Options.Add(json);
        command.Options.Add(data);
        command.SetAction(p =>
        {
            if (p.UnmatchedTokens.Count > 0)
            {
                return Usage($"unknown argument(s): {string.Join(" ", p.UnmatchedTokens)}");
            }
            string src = p.GetValue(source) ?? "";
            if (!File.Exists(src) && !Directory.Exists(src))
            {
                return Usage($"no such file or folder: {src}");
            }
            string? setId = p.GetValue(set)?.ToLowerInvariant();
            if (setId is not null && !CodeSetIds.All.Contains(setId))
            {
                return Usage($"unknown set '{setId}'. Known: {string.Join(", ", CodeSetIds.All)}.");
            }
            DateOnly? eff = null;
            if (p.GetValue(effective) is { } e)
            {
                if (!DateOnly.TryParseExact(e, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
                {
                    return Usage($"--effective '{e}' is not a date (YYYY-MM-DD).");
                }
                eff = d;
            }
            return RunImport(src, new ImportOptions(setId, eff), p.GetValue(data) ?? "data", p.GetValue(json));
        });
        return command;
    }

    private static int RunImport(string source, ImportOptions options, string dataDir, bool json)
    {
        var importer = new CodeSetImporter(dataDir, TimeProvider.System);
        ImportResult result;
        try
        {
            if (!json && !Console.IsOutputRedirected)
            {
                ImportResult? r = null;
                AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                    .Start(ctx =>
                    {
                        ProgressTask task = ctx.AddTask("importing", maxValue: 1);
                        r = importer.Import(source, options, new Progress<ImportProgress>(pr =>
                        {
                            task.Description = Markup.Escape(pr.Step);
                            task.Value = pr.Total == 0 ? 0 : (double)pr.Done / pr.Total;
                        }));
                        task.Value = 1;
                    });
                result = r!;
            }
            else
            {
                result = importer.Import(source, options, json ? null : new InlineProgress());
            }
        }
        catch (CodeImportException e)
        {
            Console.Error.WriteLine($"import rejected, nothing written: {e.Message}");
            return 1;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"import rejected, nothing written: {e.Message}");
            return 1;
        }
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { changes = result.Changes, written = result.Written, skipped = result.Skipped }, Json));
            return 0;
        }
        foreach (ChangeSummary c in result.Changes)
        {
            Console.WriteLine($"{c.SetId}: {c.Version}, effective {Iso(c.Effective)}: {c.Added} added, {c.Deleted} deleted, {c.Revised} revised, {c.Unchanged} unchanged ({c.RowsBefore} → {c.RowsAfter} rows)");
            Sample("added", c.AddedSample, c.Added);
            Sample("deleted", c.DeletedSample, c.Deleted);
            Sample("revised", c.RevisedSample, c.Revised);
        }
        foreach (string w in result.Written)
        {
            Console.WriteLine($"wrote {w}");
        }
        foreach (string s in result.Skipped)
        {
            Console.WriteLine($"skipped (layout not recognised): {s}");
        }
        return 0;

        static void Sample(string what, IReadOnlyList<string> sample, int total)
        {
            if (sample.Count > 0)
            {
                Console.WriteLine($"  {what}: {string.Join(", ", sample)}{(total > sample.Count ? $", … ({total - sample.Count} more)" : "")}");
            }
        }
    }

    private static Command Status()
    {
        var json = new Option<bool>("--json") { Description = "Write the status as JSON" };
        var data = DataOption();
        var command = new Command("status", "Show every code set: version, effective range, rows, load time, memory and known gaps.");
        command.Options.Add(json);
        command.Options.Add(data);
        command.SetAction(p =>
        {
            if (LoadSets(p.GetValue(data)) is not { } sets)
            {
                return 1;
            }
            var rows = sets.All.Select(s => new
            {
                set = s.Header.Id, title = s.Header.Title, version = s.Header.Version,
                from = Iso(s.Header.CoverageStart), through = s.Header.DataThrough == DateOnly.MaxValue ? "open" : Iso(s.Header.DataThrough),
                rows = s.RowCount, codes = s.CodeCount, memoryKb = s.MemoryBytes / 1024, loadMs = Math.Round(sets.LoadTimes[s.Header.Id].TotalMilliseconds, 1),
                origin = s.Origin, gaps = s.Header.Gaps,
            }).ToList();
            if (p.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { loadMs = Math.Round(sets.LoadTime.TotalMilliseconds, 1), managedMemoryMb = GC.GetTotalMemory(false) >> 20, sets = rows }, Json));
                return 0;
            }
            Console.WriteLine($"{"set",-16} {"version",-44} {"from",-10} {"through",-10} {"rows",9} {"codes",9} {"memory",8} {"load",7}");
            foreach (var r in rows)
            {
                string version = r.version.Length > 44 ? r.version[..43] + "…" : r.version;
                Console.WriteLine($"{r.set,-16} {version,-44} {r.from,-10} {r.through,-10} {r.rows,9:N0} {r.codes,9:N0} {r.memoryKb / 1024.0,6:0.0}MB {r.loadMs,5:0}ms");
            }
            Console.WriteLine($"all sets loaded in {sets.LoadTime.TotalMilliseconds:0} ms; managed memory {GC.GetTotalMemory(false) >> 20} MB");
            Console.WriteLine();
            Console.WriteLine("Known gaps (bring a set up to date with `rcm codes import` and the official file):");
            foreach (var r in rows.Where(r => r.gaps.Count > 0))
            {
                foreach (string g in r.gaps)
                {
                    Console.WriteLine($"  {r.set}: {g}");
                }
            }
            foreach (var r in rows.Where(r => r.origin != "shipped"))
            {
                Console.WriteLine($"  {r.set}: imported version in use ({r.origin})");
            }
            return 0;
        });
        return command;
    }

    private static CodeSets? LoadSets(string? dataDir)
    {
        try
        {
            return CodeSets.Load(string.IsNullOrEmpty(dataDir) ? "data" : dataDir);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"rcm codes: cannot load the code sets: {e.Message} (remove or re-import the damaged file)");
            return null;
        }
    }

    private static bool TryDate(string? text, out DateOnly date)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string StatusWord(CodeStatus s) => s switch
    {
        CodeStatus.Valid => "valid",
        CodeStatus.NotInForce => "not in force",
        _ => "not found",
    };

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"rcm codes: {message}");
        return 2;
    }

    /// <summary>Plain progress lines for logs and pipes (no terminal).</summary>
    private sealed class InlineProgress : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => Console.WriteLine($"[{value.Done}/{value.Total}] {value.Step}");
    }
}
