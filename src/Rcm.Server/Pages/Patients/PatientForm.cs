using System.Globalization;
using Rcm.Core.Intake;
using Rcm.Core.Shared;
using Rcm.Server.Api;

namespace Rcm.Server.Pages.Patients;

/// <summary>The patient form as typed (strings), so a bad date comes back as a message beside its field.</summary>
public sealed class PatientForm
{
    public string? AccountNumber { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? BirthDate { get; set; }
    public Sex Sex { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public static PatientForm From(Patient p) => new()
    {
        AccountNumber = p.AccountNumber, FirstName = p.FirstName, LastName = p.LastName,
        BirthDate = p.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Sex = p.Sex, Phone = p.Phone, Email = p.Email,
    };

    /// <summary>Same validation as the API; field names match the API's (camelCase).</summary>
    public PatientDetails? Validate(RequestErrors errors, TimeProvider time)
    {
        DateOnly? birth = null;
        if (!string.IsNullOrWhiteSpace(BirthDate))
        {
            if (DateOnly.TryParseExact(BirthDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) birth = d;
            else { errors.Add("birthDate", "Use the form YYYY-MM-DD."); return null; }
        }
        return PatientsApi.Validate(new PatientRequest(AccountNumber, FirstName, LastName, birth, Sex, null, Phone, Email), errors, time);
    }
}
