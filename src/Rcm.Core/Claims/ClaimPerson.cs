namespace Rcm.Core.Claims;

/// <summary>The subscriber (policy holder) or the patient on a claim.</summary>
public sealed class ClaimPerson
{
    public string LastName { get; set; } = "";
    public string? FirstName { get; set; }

    /// <summary>The payer's member identifier; subscriber only.</summary>
    public string? MemberId { get; set; }

    public DateOnly? BirthDate { get; set; }
    public AdministrativeSex Sex { get; set; }
    public PostalAddress? Address { get; set; }

    /// <summary>Age in whole years on <paramref name="on"/>, or null when the birth date is unknown.</summary>
    public int? AgeOn(DateOnly on)
    {
        if (BirthDate is not { } born)
        {
            return null;
        }

        int age = on.Year - born.Year;
        if (on < born.AddYears(age))
        {
            age--;
        }

        return age;
    }
}
