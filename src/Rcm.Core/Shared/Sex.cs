namespace Rcm.Core.Shared;

/// <summary>Administrative sex as billed (X12 DMG03: F, M, U).</summary>
public enum Sex
{
    Unknown,
    Female,
    Male,
}
