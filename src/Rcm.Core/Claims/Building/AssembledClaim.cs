using Rcm.Core.Coding;

namespace Rcm.Core.Claims.Building;

/// <summary>A claim built from a visit and its note, with the coding suggestions that were applied and what could not be priced.</summary>
public sealed record AssembledClaim(Claim Claim, IReadOnlyList<CodingSuggestion> AppliedSuggestions, IReadOnlyList<string> UnpricedCodes);
