using Rcm.Core.Claims.X12;
using Rcm.X12;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Validation;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>
/// The validation engine as a stand-alone scrubber for 837 files from any practice-management system: reads every claim,
/// validates it, and keeps the claims without a blocking finding for <see cref="CleanClaimFileWriter"/>.
/// </summary>
public sealed class ClaimScrubber
{
    /// <summary>SCR001: part of the file could not be read as claims, so claims may be missing from the clean file.</summary>
    public static readonly RuleDescriptor UnreadableTransaction = new("SCR001", FindingSeverity.Block, "Transaction in the 837 could not be read in full");

    private readonly ClaimValidator _validator;

    public ClaimScrubber(ClaimValidator validator) => _validator = validator;

    /// <summary>Scrubs a whole file.</summary>
    /// <exception cref="ScrubInputException">The input is not an 837 that can be read (exit code 2).</exception>
    public ScrubResult Scrub(ReadOnlySpan<byte> file, string fileName)
    {
        X12ParseResult parsed;
        try
        {
            parsed = X12TransactionParser.Parse(file);
        }
        catch (X12FormatException ex)
        {
            throw new ScrubInputException($"{fileName} is not readable X12: {ex.Message}", ex);
        }

        var transactions = parsed.Transactions.OfType<ClaimTransaction837>().ToList();
        if (transactions.Count == 0)
        {
            throw new ScrubInputException($"{fileName} holds no 837 claim transaction.");
        }

        var fileFindings = new List<Finding>();
        foreach (var issue in parsed.Issues.Where(i => i.Severity == X12Severity.Error))
        {
            fileFindings.Add(new Finding(UnreadableTransaction.Id, UnreadableTransaction.Severity, $"segment {issue.SegmentOrdinal} ({issue.SegmentId})", null,
                $"{issue.Code}: {issue.Message}", "Correct the file in the practice-management system and export it again; claims in this part of the file are not in the clean file."));
        }

        var claims = new List<ScrubbedClaim>();
        var findings = new FindingCollector();
        foreach (var transaction in transactions)
        {
            foreach (var translated in Claim837Translator.ToClaims(transaction))
            {
                _validator.Validate(translated.Claim, findings);
                claims.Add(new ScrubbedClaim(translated, transaction.ControlNumber, findings.Count == 0 ? [] : findings.ToArray()));
            }
        }

        return new ScrubResult(fileName, parsed, claims, fileFindings);
    }
}
