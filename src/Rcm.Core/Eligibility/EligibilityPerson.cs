namespace Rcm.Core.Eligibility;

/// <summary>A person named in an eligibility question (the patient when not the subscriber).</summary>
public sealed record EligibilityPerson(string FirstName, string LastName, DateOnly BirthDate);
