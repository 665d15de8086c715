using Rcm.Core.Shared;

namespace Rcm.Server.Api;

/// <summary>A postal address in requests and responses.</summary>
public sealed record AddressDto(string Line1, string? Line2, string City, string State, string PostalCode)
{
    public static AddressDto? From(Address? a) => a is null ? null : new(a.Line1, a.Line2, a.City, a.State, a.PostalCode);
}
