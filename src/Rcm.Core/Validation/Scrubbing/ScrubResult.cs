using Rcm.X12.Transactions;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>The outcome of scrubbing one 837 file: every claim with its findings, and the problems of the file itself.</summary>
public sealed class ScrubResult
{
    public ScrubResult(string fileName, X12ParseResult parsed, IReadOnlyList<ScrubbedClaim> claims, IReadOnlyList<Finding> fileFindings)
    {
        FileName = fileName;
        Parsed = parsed;
        Claims = claims;
        FileFindings = fileFindings;
        Held = claims.Count(c => c.IsHeld);
    }

    public string FileName { get; }

    /// <summary>The typed content of the file, from which the clean claims are written back untouched.</summary>
    public X12ParseResult Parsed { get; }

    public IReadOnlyList<ScrubbedClaim> Claims { get; }

    /// <summary>Problems of the file rather than of one claim (e.g. a transaction cut short, SCR001).</summary>
    public IReadOnlyList<Finding> FileFindings { get; }

    public int Held { get; }

    public int Clean => Claims.Count - Held;

    /// <summary>True when every claim passes and nothing in the file was lost: exit code 0 of <c>rcm claims scrub</c>.</summary>
    public bool AllClean => Held == 0 && FileFindings.Count == 0;
}
