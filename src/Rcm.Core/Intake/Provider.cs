using Rcm.Core.Shared;

namespace Rcm.Core.Intake;

/// <summary>A rendering or billing provider (837 2310B / 2010AA): NPI, taxonomy, TIN, credential.</summary>
public sealed class Provider : TenantEntity
{
    private Provider() { }

    public Provider(long practiceId, string firstName, string lastName, Npi npi, string taxonomyCode, string? taxId,
        ProviderCredential credential, DateTimeOffset at)
    {
        Apply(firstName, lastName, npi, taxonomyCode, taxId, credential);
        Created(practiceId, at, "provider.created", "credential=" + credential);
    }

    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Npi { get; private set; } = "";

    /// <summary>NUCC health care provider taxonomy code, 10 characters (e.g. 103K00000X behavior analyst).</summary>
    public string TaxonomyCode { get; private set; } = "";
    public string? TaxId { get; private set; }
    public ProviderCredential Credential { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Update(string firstName, string lastName, Npi npi, string taxonomyCode, string? taxId,
        ProviderCredential credential, bool isActive, DateTimeOffset at)
    {
        Apply(firstName, lastName, npi, taxonomyCode, taxId, credential);
        IsActive = isActive;
        Record("provider.updated", at, "credential=" + credential);
    }

    private void Apply(string firstName, string lastName, Npi npi, string taxonomyCode, string? taxId, ProviderCredential credential)
    {
        FirstName = firstName;
        LastName = lastName;
        Npi = npi.Value;
        TaxonomyCode = taxonomyCode;
        TaxId = taxId;
        Credential = credential;
    }
}
