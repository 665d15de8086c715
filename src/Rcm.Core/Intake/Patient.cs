using Rcm.Core.Shared;

namespace Rcm.Core.Intake;

/// <summary>A patient of one practice. Every field here is PHI: it never appears in logs or event details.</summary>
public sealed class Patient : TenantEntity
{
    private Patient() { }

    public Patient(long practiceId, string accountNumber, PatientDetails details, DateTimeOffset at)
    {
        AccountNumber = accountNumber;
        Apply(details);
        Created(practiceId, at, "patient.created");
    }

    /// <summary>Practice's own account (chart) number, unique within the practice.</summary>
    public string AccountNumber { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public Sex Sex { get; private set; }
    public Address? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }

    public void Update(PatientDetails details, DateTimeOffset at)
    {
        var changed = ChangedFields(details);
        Apply(details);
        Record("patient.updated", at, changed.Count == 0 ? null : "fields=" + string.Join(',', changed));
    }

    private List<string> ChangedFields(PatientDetails d)
    {
        var list = new List<string>();
        if (d.FirstName != FirstName) list.Add("firstName");
        if (d.LastName != LastName) list.Add("lastName");
        if (d.BirthDate != BirthDate) list.Add("birthDate");
        if (d.Sex != Sex) list.Add("sex");
        if (d.Address != Address) list.Add("address");
        if (d.Phone != Phone) list.Add("phone");
        if (d.Email != Email) list.Add("email");
        return list;
    }

    private void Apply(PatientDetails d)
    {
        FirstName = d.FirstName;
        LastName = d.LastName;
        BirthDate = d.BirthDate;
        Sex = d.Sex;
        Address = d.Address;
        Phone = d.Phone;
        Email = d.Email;
    }
}
