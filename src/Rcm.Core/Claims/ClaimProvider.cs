namespace Rcm.Core.Claims;

/// <summary>
/// A provider on a claim: billing, rendering, referring, attending or the service facility. <see cref="Credential"/> is the
/// business credential (BCBA, BCaBA, RBT, LCSW, PT…) that payer rules key on; it is not carried by the 837 and comes from the
/// provider directory (or, for a scrubbed file, from the taxonomy code).
/// </summary>
public sealed class ClaimProvider
{
    /// <summary>Organization name, or the person's last name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The person's first name; empty for an organization.</summary>
    public string? FirstName { get; set; }

    public bool IsOrganization { get; set; }

    /// <summary>National Provider Identifier, 10 digits.</summary>
    public string? Npi { get; set; }

    /// <summary>NUCC health-care provider taxonomy code (10 characters, e.g. 103K00000X).</summary>
    public string? TaxonomyCode { get; set; }

    /// <summary>Employer identification number (EIN) or SSN used for billing; billing provider only.</summary>
    public string? TaxId { get; set; }

    public PostalAddress? Address { get; set; }

    /// <summary>The clinician's credential, e.g. BCBA, BCaBA, RBT, MD, LCSW; null when unknown.</summary>
    public string? Credential { get; set; }
}
