using Rcm.X12.Transactions.Claims;

namespace Rcm.Core.Claims.X12;

/// <summary>A business claim read from an 837, with the typed loops it came from (so a scrubber can write it back untouched).</summary>
public sealed record TranslatedClaim(Claim Claim, ClaimInformation Source, ClaimSubscriber Subscriber, ClaimPatient? Patient);
