namespace Rcm.Core.Validation.PayerRules;

/// <summary>How a payer turns minutes of a 15-minute timed service into units.</summary>
public enum TimeUnitRule
{
    /// <summary>
    /// CMS "8-minute rule" (Medicare Claims Processing Manual ch. 5 §20.2): the total timed minutes of the day decide the
    /// total units (8–22 = 1, 23–37 = 2, …), spread over the codes by their minutes.
    /// </summary>
    Cms8Minute,

    /// <summary>CPT midpoint rule, per code: a unit counts once more than half of it (8 of 15 minutes) has passed.</summary>
    Midpoint,

    /// <summary>Only whole 15-minute units count (many Medicaid ABA programs).</summary>
    WholeUnits,
}
