using Rcm.Core.Shared;

namespace Rcm.Core.Intake;

/// <summary>The editable demographic fields of a <see cref="Patient"/>.</summary>
public sealed record PatientDetails(string FirstName, string LastName, DateOnly BirthDate, Sex Sex, Address? Address, string? Phone, string? Email);
