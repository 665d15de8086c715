using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Backtesting;

/// <summary>A claim as it was sent, with what the payer did with it (and the CARC codes of a denial).</summary>
public sealed record HistoricalClaim(Claim Claim, ClaimOutcome Outcome, IReadOnlyList<string>? DenialReasonCodes = null);
