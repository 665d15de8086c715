namespace Rcm.Core.Validation.Backtesting;

/// <summary>How the payer decided a past claim, from its 835: paid (in full or in part) or denied.</summary>
public enum ClaimOutcome
{
    Paid,
    Denied,
}
