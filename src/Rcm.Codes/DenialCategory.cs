namespace Rcm.Codes;

/// <summary>
/// Why a claim or line was denied or reduced, in the categories the denial work queues use. CARC and
/// RARC codes map to one category each (Data/carc-denial-categories.tsv, Data/rarc-denial-categories.tsv).
/// </summary>
public enum DenialCategory : byte
{
    /// <summary>Not a denial reason we categorise (e.g. informational remarks).</summary>
    Other = 0,
    Eligibility = 1,
    Authorization = 2,
    Coding = 3,
    Documentation = 4,
    TimelyFiling = 5,
    Duplicate = 6,
    CoordinationOfBenefits = 7,
    MedicalNecessity = 8,
    NonCovered = 9,
    PatientResponsibility = 10,

    /// <summary>Contractual/pricing reductions (fee schedule, bundling payment rules) that are not a fixable denial.</summary>
    Contractual = 11,
}
