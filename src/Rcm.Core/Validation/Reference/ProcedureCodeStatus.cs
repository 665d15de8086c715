namespace Rcm.Core.Validation.Reference;

/// <summary>What the procedure code sets say about a code on a date.</summary>
public enum ProcedureCodeStatus
{
    /// <summary>Not a code in any set we hold, or malformed.</summary>
    Unknown,

    Valid,

    /// <summary>Was a code, but terminated before the date of service.</summary>
    Terminated,

    /// <summary>
    /// A well-formed CPT Level I code. The AMA's CPT list is licensed and not shipped, so a CPT code is checked for its
    /// form only (and by the NCCI/MUE tables, which list CPT numbers).
    /// </summary>
    FormatOnly,
}
