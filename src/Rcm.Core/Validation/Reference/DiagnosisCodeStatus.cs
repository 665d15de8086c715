namespace Rcm.Core.Validation.Reference;

/// <summary>What the ICD-10-CM set says about a code on a date.</summary>
public enum DiagnosisCodeStatus
{
    /// <summary>Not in the code set in force on the date.</summary>
    Unknown,

    /// <summary>A category or subcategory that has children (or needs a 7th character): not valid on a claim.</summary>
    NotBillable,

    Billable,
}
