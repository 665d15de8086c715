namespace Rcm.Codes;

/// <summary>Outcome of a dated look-up.</summary>
public enum CodeStatus : byte
{
    /// <summary>The code is in no loaded version of the set.</summary>
    NotFound = 0,

    /// <summary>The code exists and is in force on the date of service.</summary>
    Valid = 1,

    /// <summary>The code exists in the set but is not in force on the date (not yet added, or deleted).</summary>
    NotInForce = 2,
}
