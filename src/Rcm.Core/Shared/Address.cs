namespace Rcm.Core.Shared;

/// <summary>A postal address (owned value, stored in the owner's row).</summary>
public sealed record Address(string Line1, string? Line2, string City, string State, string PostalCode);
