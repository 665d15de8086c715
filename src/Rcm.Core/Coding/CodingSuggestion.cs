namespace Rcm.Core.Coding;

/// <summary>
/// One coding suggestion with its reason, for the coder to accept or reject (nothing is changed behind their back).
/// </summary>
/// <param name="Kind">What the suggestion changes.</param>
/// <param name="LineNumber">The 1-based service line, or null for the claim.</param>
/// <param name="Field">Claim field path, as in validation findings (<c>lines[1].units</c>).</param>
/// <param name="Current">The value now, as text (empty when none).</param>
/// <param name="Suggested">The suggested value, as text.</param>
/// <param name="Reason">Why, in words a coder can check against the note and the payer's policy.</param>
public sealed record CodingSuggestion(SuggestionKind Kind, int? LineNumber, string Field, string Current, string Suggested, string Reason);
