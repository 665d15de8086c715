namespace Rcm.X12.Transactions;

/// <summary>
/// An individual or organization name: NM1 (NM101–NM109), or N1 in the 835 (N101 entity, N102 name, N103/N104 id).
/// </summary>
public sealed record X12Name
{
    /// <summary>NM101/N101: entity identifier code, e.g. <c>85</c> billing provider, <c>IL</c> insured, <c>PR</c> payer.</summary>
    public string EntityIdentifier { get; set; } = string.Empty;

    /// <summary>NM102: <c>1</c> person, <c>2</c> non-person entity; null for N1.</summary>
    public string? EntityType { get; set; }

    /// <summary>NM103/N102: last name or organization name.</summary>
    public string? LastOrOrganizationName { get; set; }

    /// <summary>NM104: first name.</summary>
    public string? FirstName { get; set; }

    /// <summary>NM105: middle name or initial.</summary>
    public string? MiddleName { get; set; }

    /// <summary>NM106: name prefix.</summary>
    public string? Prefix { get; set; }

    /// <summary>NM107: name suffix.</summary>
    public string? Suffix { get; set; }

    /// <summary>NM108/N103: identification code qualifier, e.g. <c>XX</c> NPI, <c>MI</c> member id, <c>PI</c> payer id.</summary>
    public string? IdentifierQualifier { get; set; }

    /// <summary>NM109/N104: the identifier.</summary>
    public string? Identifier { get; set; }
}
