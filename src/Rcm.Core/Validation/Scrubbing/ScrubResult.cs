namespace Rcm.Core.Validation.Scrubbing;

/// <summary>The outcome of scrubbing one 837 file: counts, the claims with findings, and the problems of the file itself.</summary>
public sealed class ScrubResult
{
    public ScrubResult(string fileName, int claimCount, int held, int cleanWritten, IReadOnlyList<ScrubbedClaim> reported, IReadOnlyList<Finding> fileFindings)
    {
        FileName = fileName;
        ClaimCount = claimCount;
        Held = held;
        CleanWritten = cleanWritten;
        Reported = reported;
        FileFindings = fileFindings;
    }

    public string FileName { get; }

    public int ClaimCount { get; }

    public int Held { get; }

    public int Clean => ClaimCount - Held;

    /// <summary>Clean claims written to the output 837 (0 when no output was asked for).</summary>
    public int CleanWritten { get; }

    /// <summary>Every claim with at least one finding, in file order: the held ones and those passed with warnings.</summary>
    public IReadOnlyList<ScrubbedClaim> Reported { get; }

    /// <summary>Problems of the file rather than of one claim (SCR001: a transaction that could not be read in full).</summary>
    public IReadOnlyList<Finding> FileFindings { get; }

    /// <summary>True when every claim passes and nothing in the file was lost: exit code 0 of <c>rcm claims scrub</c>.</summary>
    public bool AllClean => Held == 0 && FileFindings.Count == 0;
}
