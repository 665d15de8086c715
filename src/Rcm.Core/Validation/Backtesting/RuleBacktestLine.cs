namespace Rcm.Core.Validation.Backtesting;

/// <summary>
/// What one rule would have done to past claims: denials it would have stopped before they left (true catches) and paid
/// claims it would have held back (false alarms).
/// </summary>
public sealed record RuleBacktestLine(string RuleId, string Title, FindingSeverity Severity, int DenialsStopped, int PaidClaimsBlocked, int Warned)
{
    /// <summary>Share of the claims it holds that really were denied; 1 when it holds none.</summary>
    public double Precision => DenialsStopped + PaidClaimsBlocked == 0 ? 1 : (double)DenialsStopped / (DenialsStopped + PaidClaimsBlocked);
}
