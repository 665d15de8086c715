namespace Rcm.X12.Transactions.Claims;

/// <summary>CL1 (837I 2300): institutional claim code.</summary>
public sealed record ClaimInstitutionalInformation
{
    /// <summary>CL101: priority (type) of admission or visit.</summary>
    public string? AdmissionType { get; set; }

    /// <summary>CL102: point of origin (source) of admission or visit.</summary>
    public string? AdmissionSource { get; set; }

    /// <summary>CL103: patient discharge status.</summary>
    public string? PatientStatus { get; set; }
}
