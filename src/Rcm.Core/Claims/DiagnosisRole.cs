namespace Rcm.Core.Claims;

/// <summary>What a diagnosis is on the claim: the principal one, another one, or (institutional) the admitting or patient-reason diagnosis.</summary>
public enum DiagnosisRole
{
    Principal,
    Other,
    Admitting,
    PatientReason,
}
