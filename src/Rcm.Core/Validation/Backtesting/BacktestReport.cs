namespace Rcm.Core.Validation.Backtesting;

/// <summary>The result of a backtest: per rule and for the rule set as a whole (a claim counts once however many rules hold it).</summary>
public sealed record BacktestReport(
    int Claims,
    int Denied,
    int Paid,
    int DenialsStopped,
    int PaidClaimsBlocked,
    IReadOnlyList<RuleBacktestLine> Rules);
