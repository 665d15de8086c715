namespace Rcm.Codes;

/// <summary>
/// The public age, sex and manifestation edits of the CMS Medicare Code Editor ("Definitions of Medicare
/// Code Edits", v41.1 for FY2024), as flags on an ICD-10-CM code. Ages are in years, as MCE defines them.
/// </summary>
[Flags]
public enum DiagnosisEdits : uint
{
    None = 0,

    /// <summary>Perinatal/newborn: age 0 only.</summary>
    Newborn = 1 << 0,

    /// <summary>Pediatric: ages 0-17.</summary>
    Pediatric = 1 << 1,

    /// <summary>Maternity: ages 9-64.</summary>
    Maternity = 1 << 2,

    /// <summary>Adult: ages 15-124.</summary>
    Adult = 1 << 3,

    /// <summary>Female only.</summary>
    FemaleOnly = 1 << 4,

    /// <summary>Male only.</summary>
    MaleOnly = 1 << 5,

    /// <summary>Manifestation code: not allowed as principal (first-listed) diagnosis.</summary>
    Manifestation = 1 << 6,
}
