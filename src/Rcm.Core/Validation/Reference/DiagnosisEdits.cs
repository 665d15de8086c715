namespace Rcm.Core.Validation.Reference;

/// <summary>
/// Medicare Code Editor (MCE) flags on a diagnosis. Ages per MCE v41: newborn 0, pediatric 0–17, maternity 9–64, adult 15–124.
/// </summary>
[Flags]
public enum DiagnosisEdits
{
    None = 0,
    MaleOnly = 1,
    FemaleOnly = 2,
    Newborn = 4,
    Pediatric = 8,
    Maternity = 16,
    Adult = 32,

    /// <summary>A manifestation code: never the principal (first-listed) diagnosis.</summary>
    Manifestation = 64,
}
