using Rcm.Core.Shared;

namespace Rcm.Core.Intake;

/// <summary>A service location of a practice (837 2310C service facility; place of service code).</summary>
public sealed class Location : TenantEntity
{
    private Location() { }

    public Location(long practiceId, string name, Address address, string placeOfServiceCode, string? npi, DateTimeOffset at)
    {
        Apply(name, address, placeOfServiceCode, npi);
        Created(practiceId, at, "location.created");
    }

    public string Name { get; private set; } = "";
    public Address Address { get; private set; } = null!;

    /// <summary>CMS place-of-service code, two digits (e.g. 11 office, 12 home, 02/10 telehealth).</summary>
    public string PlaceOfServiceCode { get; private set; } = "";
    public string? Npi { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Update(string name, Address address, string placeOfServiceCode, string? npi, bool isActive, DateTimeOffset at)
    {
        Apply(name, address, placeOfServiceCode, npi);
        IsActive = isActive;
        Record("location.updated", at);
    }

    private void Apply(string name, Address address, string pos, string? npi)
    {
        Name = name;
        Address = address;
        PlaceOfServiceCode = pos;
        Npi = npi;
    }
}
