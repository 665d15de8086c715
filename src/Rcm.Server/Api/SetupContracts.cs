using Rcm.Core.Intake;
using Rcm.Core.Shared;

namespace Rcm.Server.Api;

/// <summary>The caller's practice.</summary>
public sealed record PracticeResponse(long Id, string Name, string DisplayName, string? Npi, string? TaxId);

/// <summary>Create or replace a location. <c>placeOfServiceCode</c> is the CMS two-digit code.</summary>
public sealed record LocationRequest(string? Name, AddressDto? Address, string? PlaceOfServiceCode, string? Npi, bool? IsActive);

/// <summary>A location as the API returns it.</summary>
public sealed record LocationResponse(long Id, string Name, AddressDto Address, string PlaceOfServiceCode, string? Npi, bool IsActive)
{
    public static LocationResponse From(Location l) => new(l.Id, l.Name, AddressDto.From(l.Address)!, l.PlaceOfServiceCode, l.Npi, l.IsActive);
}

/// <summary>Create or replace a provider. <c>npi</c> must pass the Luhn check; <c>taxonomyCode</c> is the 10-character NUCC code.</summary>
public sealed record ProviderRequest(string? FirstName, string? LastName, string? Npi, string? TaxonomyCode, string? TaxId,
    ProviderCredential? Credential, bool? IsActive);

/// <summary>A provider as the API returns it.</summary>
public sealed record ProviderResponse(long Id, string FirstName, string LastName, string Npi, string TaxonomyCode, string? TaxId,
    ProviderCredential Credential, bool IsActive)
{
    public static ProviderResponse From(Provider p) => new(p.Id, p.FirstName, p.LastName, p.Npi, p.TaxonomyCode, p.TaxId, p.Credential, p.IsActive);
}

/// <summary>Create or replace a payer.</summary>
public sealed record PayerRequest(string? Name, string? PayerCode, List<PlanType>? PlanTypes, bool? IsActive);

/// <summary>How to reach a payer. <c>secret</c> is write-only: stored encrypted, never returned; omit it to keep the stored one.</summary>
public sealed record PayerConnectivityRequest(ConnectivityMode? Mode, string? Endpoint, string? Username, string? Secret);

/// <summary>A payer as the API returns it; <c>hasSecret</c> says whether a secret is stored, never the secret.</summary>
public sealed record PayerResponse(long Id, string Name, string PayerCode, IReadOnlyList<PlanType> PlanTypes, bool IsActive,
    ConnectivityMode ConnectivityMode, string? ConnectivityEndpoint, string? ConnectivityUsername, bool HasSecret)
{
    public static PayerResponse From(Payer p) => new(p.Id, p.Name, p.PayerCode, p.PlanTypes, p.IsActive, p.ConnectivityMode,
        p.ConnectivityEndpoint, p.ConnectivityUsername, p.ProtectedSecret is not null);
}
