namespace Rcm.Sandbox.Members;

/// <summary>A named person: a member, or the subscriber a dependent is covered under.</summary>
public sealed record Person
{
    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required DateOnly BirthDate { get; init; }

    /// <summary>DMG03: <c>F</c>, <c>M</c> or <c>U</c>.</summary>
    public string Gender { get; init; } = "U";
}
