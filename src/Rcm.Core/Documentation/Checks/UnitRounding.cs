namespace Rcm.Core.Documentation.Checks;

/// <summary>How minutes turn into units of a per-time-unit code.</summary>
public enum UnitRounding
{
    /// <summary>CPT time rule: a unit is attained once its midpoint is passed (8 minutes of a 15-minute unit).</summary>
    Midpoint,

    /// <summary>Only whole units count (some Medicaid ABA policies): 29 minutes of 15-minute units is 1 unit.</summary>
    Whole,
}
