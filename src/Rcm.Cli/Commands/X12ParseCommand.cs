using System.CommandLine;
using System.Text.Json;
using Rcm.X12;
using Rcm.X12.Transactions;
using Rcm.X12.Validation;

namespace Rcm.Cli.Commands;

/// <summary>
/// `rcm x12 parse FILE [--json]`: the typed content of an X12 file (claims, remittances, eligibility, statuses,
/// reviews). Exit 0 parsed, 1 X12 without a typed mapper or with a transaction cut short, 2 missing or not X12.
/// </summary>
internal static class X12ParseCommand
{
    private const string Help = """
        Show what an X12 5010 file says, as typed content.

        Claims (837P X222A1, 837I X223A2): billing provider, subscriber, patient, payer, each claim with its codes,
        dates, references, providers, other payers and service lines. Remittances (835): the payment, each claim's
        status, charge, paid and patient amounts, CAS adjustments, service lines and remark codes, PLB adjustments.
        Eligibility (270/271): who is asked about, EB benefits (coverage, copay, coinsurance, deductible, out of
        pocket) and AAA rejections. Claim status (276/277/277CA): STC statuses per level, claim and line. Services
        review (278): UM request, HCR decision and authorization number. Segments the model does not name are shown
        as sent, never dropped.

        --json writes stable JSON: camelCase names, money as numbers with two decimals, dates as yyyy-MM-dd.

        Exit codes: 0 parsed; 1 the file is X12 but holds a transaction without a typed mapper (e.g. 834, 999,
        837 dental) or one cut short (no SE); 2 the file is missing or not X12 at all.

        Examples:
          rcm x12 parse remit.835                        payments and adjustments as text
          rcm x12 parse claims.837 --json > claims.json  the claims as JSON
          rcm x12 parse benefits.271 --json | jq '..|.benefits?|select(.)'
        """;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The X12 file to read" };
        var json = new Option<bool>("--json") { Description = "Write the typed content as JSON to standard output" };
        var command = new Command("parse", Help);
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, parseResult.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(FileInfo file, bool asJson, TextWriter output, TextWriter errors)
    {
        X12ParseResult result;
        try
        {
            result = X12TransactionParser.Parse(File.ReadAllBytes(file.FullName));
        }
        catch (X12FormatException e)
        {
            errors.WriteLine($"rcm x12 parse: {file}: not readable as X12: {e.Message} [{e.Code}]");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"rcm x12 parse: {file}: {(e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message)}");
            return 2;
        }

        if (asJson)
        {
            output.WriteLine(JsonSerializer.Serialize(result, X12TypedJson.Options));
        }
        else
        {
            X12TypedText.Write(output, result);
        }

        if (!result.IsComplete)
        {
            foreach (X12Issue issue in result.Issues.Where(i => i.Severity == X12Severity.Error))
            {
                errors.WriteLine($"rcm x12 parse: {file}: {issue.Message} [{issue.Code}, segment {issue.SegmentOrdinal}]");
            }

            return 1;
        }

        return 0;
    }
}
