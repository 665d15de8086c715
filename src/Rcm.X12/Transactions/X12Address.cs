namespace Rcm.X12.Transactions;

/// <summary>An address: N3 (street lines) and N4 (city, state, postal code, country, country subdivision).</summary>
public sealed record X12Address
{
    /// <summary>N301.</summary>
    public string? Line1 { get; set; }

    /// <summary>N302.</summary>
    public string? Line2 { get; set; }

    /// <summary>N401.</summary>
    public string? City { get; set; }

    /// <summary>N402.</summary>
    public string? State { get; set; }

    /// <summary>N403.</summary>
    public string? PostalCode { get; set; }

    /// <summary>N404: only when not the United States.</summary>
    public string? Country { get; set; }

    /// <summary>N407: country subdivision, only when not the United States.</summary>
    public string? CountrySubdivision { get; set; }
}
