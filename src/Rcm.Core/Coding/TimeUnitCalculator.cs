using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Coding;

/// <summary>Turns documented minutes of 15-minute timed services into units under a payer's time rule.</summary>
public static class TimeUnitCalculator
{
    /// <summary>Units for one code's minutes under the midpoint or whole-unit rule.</summary>
    public static int UnitsForCode(int minutes, TimeUnitRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        int whole = minutes / TimedProcedureCodes.MinutesPerUnit;
        int rest = minutes % TimedProcedureCodes.MinutesPerUnit;
        return rule == TimeUnitRule.WholeUnits ? whole : whole + (rest >= 8 ? 1 : 0);
    }

    /// <summary>
    /// Units for each timed service of one day. Under the CMS 8-minute rule the day's total minutes give the total units
    /// (8–22 = 1, 23–37 = 2, …); each service first gets its whole 15-minute units, and the remaining units go to the
    /// services with the most leftover minutes (CMS Pub. 100-04 ch. 5 §20.2, examples 1–6). Other rules count each code alone.
    /// </summary>
    public static int[] UnitsForDay(IReadOnlyList<int> minutes, TimeUnitRule rule)
    {
        var units = new int[minutes.Count];
        if (rule != TimeUnitRule.Cms8Minute)
        {
            for (int i = 0; i < units.Length; i++)
            {
                units[i] = UnitsForCode(minutes[i], rule);
            }

            return units;
        }

        int total = 0;
        int assigned = 0;
        for (int i = 0; i < units.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(minutes[i]);
            total += minutes[i];
            units[i] = minutes[i] / TimedProcedureCodes.MinutesPerUnit;
            assigned += units[i];
        }

        int totalUnits = UnitsForCode(total, TimeUnitRule.Midpoint);
        var byLeftover = Enumerable.Range(0, units.Length)
            .OrderByDescending(i => minutes[i] % TimedProcedureCodes.MinutesPerUnit)
            .ThenByDescending(i => minutes[i])
            .ThenBy(i => i)
            .ToArray();
        for (int k = 0; assigned < totalUnits && k < byLeftover.Length; k++)
        {
            if (minutes[byLeftover[k]] % TimedProcedureCodes.MinutesPerUnit > 0)
            {
                units[byLeftover[k]]++;
                assigned++;
            }
        }

        return units;
    }
}
