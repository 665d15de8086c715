using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Reference;

/// <summary>
/// The reference code sets the built-in edits need, answered for a date of service. Two implementations exist: the one over
/// Rcm.Codes and small in-memory tables in tests, which keep each rule's test readable.
/// Codes are passed as claims carry them: upper case, ICD-10-CM without the dot.
/// </summary>
public interface IClaimReferenceData
{
    /// <summary>Whether an ICD-10-CM code exists on the date, and whether it is billable (a leaf with every required character).</summary>
    DiagnosisCodeStatus Diagnosis(string code, DateOnly on);

    /// <summary>The Medicare Code Editor's age, sex and manifestation flags for a diagnosis (none when not listed).</summary>
    DiagnosisEdits DiagnosisEdits(string code, DateOnly on);

    /// <summary>Whether a CPT/HCPCS procedure code is valid on the date.</summary>
    ProcedureCodeStatus Procedure(string code, DateOnly on);

    /// <summary>Whether a two-character code is a known CPT or HCPCS Level II modifier.</summary>
    bool IsModifier(string code, DateOnly on);

    bool IsPlaceOfService(string code, DateOnly on);

    /// <summary>Whether a NUCC provider taxonomy code exists.</summary>
    bool IsTaxonomy(string code, DateOnly on);

    /// <summary>The NCCI procedure-to-procedure edit active on the date for the pair (column 1, column 2), if any.</summary>
    PtpEdit Ptp(string column1, string column2, DateOnly on);

    /// <summary>The medically unlikely edit for a code on the date; <see cref="MueLimit.None"/> when the code has none.</summary>
    MueLimit Mue(string code, DateOnly on, ClaimKind kind);

    /// <summary>Whether the code is an add-on code, and what primary it needs.</summary>
    AddOnKind AddOn(string code, DateOnly on);

    /// <summary>Whether <paramref name="primary"/> is on the add-on code's list of primaries.</summary>
    bool IsListedPrimary(string addOn, string primary, DateOnly on);
}
