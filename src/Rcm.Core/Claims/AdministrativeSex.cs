namespace Rcm.Core.Claims;

/// <summary>The patient's administrative sex as the payer has it on file (used by sex-specific diagnosis edits).</summary>
public enum AdministrativeSex
{
    Unknown,
    Female,
    Male,
}
