namespace Rcm.Sandbox.Adjudication;

/// <summary>
/// A finished adjudication as the 835 reports it (CLP02 status, totals, line outcomes, claim-level remarks for MOA).
/// </summary>
public sealed record ClaimOutcome
{
    /// <summary>CLP02: 1 processed as primary, 2 as secondary, 4 denied, 22 reversal of previous payment.</summary>
    public required string Status { get; init; }

    public required IReadOnlyList<LineOutcome> Lines { get; init; }

    public IReadOnlyList<string> ClaimRemarks { get; init; } = [];

    public decimal Charge => Lines.Sum(l => l.Line.Charge);

    public decimal Paid => Lines.Sum(l => l.Paid);

    public decimal PatientResponsibility => Lines.Sum(l => l.PatientResponsibility);

    /// <summary>Builds an outcome and proves it balances; an unbalanced one is a bug in the adjudicator, not data.</summary>
    public static ClaimOutcome Create(string status, IReadOnlyList<LineOutcome> lines, IReadOnlyList<string> remarks)
    {
        foreach (LineOutcome line in lines)
        {
            decimal adjusted = line.Adjustments.Sum(a => a.Amount);
            if (line.Line.Charge - line.Paid != adjusted)
            {
                throw new InvalidOperationException(
                    $"Line {line.Line.Number} does not balance: charge {line.Line.Charge} - paid {line.Paid} != adjustments {adjusted}.");
            }
        }

        return new ClaimOutcome { Status = status, Lines = lines, ClaimRemarks = remarks };
    }

    /// <summary>The CLP02=22 reversal of this outcome: every amount negated.</summary>
    public ClaimOutcome Reversal() => new() { Status = "22", Lines = [.. Lines.Select(l => l.Negated())], ClaimRemarks = ClaimRemarks };
}
