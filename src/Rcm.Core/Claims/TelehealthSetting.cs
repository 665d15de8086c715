namespace Rcm.Core.Claims;

/// <summary>Whether the service was delivered by telehealth and where the patient was (CMS POS 10 = patient's home, POS 02 = elsewhere).</summary>
public enum TelehealthSetting
{
    None,
    PatientHome,
    OtherThanHome,
}
