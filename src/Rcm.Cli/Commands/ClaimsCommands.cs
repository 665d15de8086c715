using System.CommandLine;
using System.Diagnostics;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;
using Rcm.Core.Validation.Reference;
using Rcm.Core.Validation.Scrubbing;

namespace Rcm.Cli.Commands;

/// <summary>`rcm claims ...`: claim validation on its own. `scrub` checks every claim of an 837 from any system.</summary>
internal static class ClaimsCommands
{
    private const string ScrubHelp = """
        Validate every claim in an 837P/837I file from any practice-management system.

        Each claim is checked with every built-in edit (required data, NPI check digit, taxonomy, dates and timely filing,
        ICD-10-CM valid and billable on the date of service, age/sex edits, HCPCS, modifiers, NCCI PTP pairs, MUE units,
        add-on codes, diagnosis pointers, charge and unit sanity; docs/rules.md) and with the payer rules given by
        --payer-rules. Only blocking findings hold a claim back; warnings pass with the claim.

        --out writes the clean claims as a new 837 with the original envelopes (sender, receiver, control numbers) and
        correct counts. --report writes what was found: JSON for programs, HTML (a page a biller can read) by extension.

        Exit codes: 0 every claim is clean, 1 some claims were held back, 2 the input (or a payer rule file) is unreadable.

        Examples:
          rcm claims scrub batch.837 --out clean.837 --report report.html
          rcm claims scrub batch.837 --payer-rules rules/ --report findings.json
        """;

    public static Command Create()
    {
        var claims = new Command("claims", "Claim validation: scrub 837 files before they go to the payer.");
        claims.Subcommands.Add(CreateScrub());
        return claims;
    }

    private static Command CreateScrub()
    {
        var input = new Argument<FileInfo>("IN.837") { Description = "The 837P or 837I file to scrub" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the clean claims to this 837 file" };
        var report = new Option<FileInfo?>("--report") { Description = "Write the findings to FILE.json or FILE.html" };
        var payerRules = new Option<string?>("--payer-rules") { Description = "A payer rule file or a folder of them (*.json, docs/rules.md)" };
        var command = new Command("scrub", ScrubHelp);
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(report);
        command.Options.Add(payerRules);
        command.SetAction(parseResult => Scrub(
            parseResult.GetValue(input)!, parseResult.GetValue(output), parseResult.GetValue(report), parseResult.GetValue(payerRules)));
        return command;
    }

    private static int Scrub(FileInfo input, FileInfo? output, FileInfo? report, string? payerRulesPath)
    {
        var clock = Stopwatch.StartNew();
        if (report is not null && !IsJson(report) && !IsHtml(report))
        {
            Console.Error.WriteLine($"rcm claims scrub: --report must end in .json or .html ({report.Name})");
            return 2;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(input.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"rcm claims scrub: cannot read {input}: {(e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message)}");
            return 2;
        }

        PayerRuleBook book;
        try
        {
            book = payerRulesPath is null ? PayerRuleBook.Empty : PayerRuleBook.Load(payerRulesPath);
        }
        catch (Exception e) when (e is PayerRuleFormatException or IOException)
        {
            Console.Error.WriteLine($"rcm claims scrub: payer rules: {e.Message}");
            return 2;
        }

        var validator = new ClaimValidator(CodesReferenceData.LoadShipped(), book, TimeProvider.System);
        ScrubResult result;
        try
        {
            using var clean = output is null ? null : new FileStream(output.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
            result = new ClaimScrubber(validator).Scrub(bytes, input.Name, clean);
        }
        catch (ScrubInputException e)
        {
            DeleteEmpty(output);
            Console.Error.WriteLine($"rcm claims scrub: {e.Message}");
            return 2;
        }

        if (output is not null)
        {
            if (result.CleanWritten == 0)
            {
                // An 837 without a claim is not valid X12; leave no file rather than a broken one.
                DeleteEmpty(output);
                Console.WriteLine($"{output}: not written, no claim is clean");
            }
            else
            {
                Console.WriteLine($"{output}: {result.CleanWritten:N0} clean claims written");
            }
        }

        if (report is not null)
        {
            using var stream = new FileStream(report.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            if (IsHtml(report))
            {
                ScrubHtmlReport.Write(result, stream);
            }
            else
            {
                ScrubJsonReport.Write(result, stream);
            }
        }

        WriteSummary(result);
        Console.WriteLine($"{input.Name}: {result.ClaimCount:N0} claims, {result.Clean:N0} clean, {result.Held:N0} held ({clock.Elapsed.TotalSeconds:F2} s)");
        return result.AllClean ? 0 : 1;
    }

    private static void WriteSummary(ScrubResult result)
    {
        foreach (var finding in result.FileFindings)
        {
            Console.WriteLine($"file  {finding.RuleId}  {finding.Field}: {finding.Message}");
        }

        const int shown = 20;
        foreach (var claim in result.Reported.Where(c => c.IsHeld).Take(shown))
        {
            var rules = string.Join(", ", claim.Findings.Where(f => f.IsBlocking).Select(f => f.RuleId).Distinct());
            Console.WriteLine($"held  {claim.ClaimId}  {rules}");
        }

        if (result.Held > shown)
        {
            Console.WriteLine($"held  … and {result.Held - shown:N0} more (see --report)");
        }
    }

    private static void DeleteEmpty(FileInfo? output)
    {
        output?.Refresh();
        if (output is { Exists: true, Length: 0 })
        {
            output.Delete();
        }
    }

    private static bool IsJson(FileInfo file) => file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(FileInfo file) =>
        file.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
}
