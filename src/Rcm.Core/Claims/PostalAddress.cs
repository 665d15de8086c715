namespace Rcm.Core.Claims;

/// <summary>A street address as claims carry it (US: two-letter state, 5- or 9-digit ZIP).</summary>
public sealed record PostalAddress(string Line1, string? Line2, string City, string State, string PostalCode);
