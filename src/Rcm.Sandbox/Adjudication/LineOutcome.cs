using Rcm.Sandbox.Batch;

namespace Rcm.Sandbox.Adjudication;

/// <summary>
/// How one service line was decided. Balances by construction: charge − paid = sum of adjustments (checked by
/// <see cref="ClaimOutcome.Create"/>).
/// </summary>
public sealed record LineOutcome(SubmittedLine Line, decimal Allowed, decimal Paid, IReadOnlyList<Adjustment> Adjustments, IReadOnlyList<string> Remarks)
{
    public bool Denied => Paid == 0 && Adjustments.All(a => a.Group != "PR");

    public decimal PatientResponsibility => Adjustments.Where(a => a.Group == "PR").Sum(a => a.Amount);

    public LineOutcome Negated() =>
        this with { Allowed = -Allowed, Paid = -Paid, Adjustments = [.. Adjustments.Select(a => a.Negated())], Line = Line with { Charge = -Line.Charge } };
}
