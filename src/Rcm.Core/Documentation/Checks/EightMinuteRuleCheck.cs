namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// DOC015–DOC017: timed therapy units by the CMS 8-minute rule (Medicare Claims Processing Manual, Chapter 5, §20.2): the
/// minutes of all timed codes are added up and give the units: 8–22 minutes 1 unit, 23–37 2, 38–52 3, and so on (under 8
/// minutes, none). More units than that is a block; fewer is money left behind (a warning). Timed minutes cannot exceed the
/// total treatment time.
/// </summary>
/// <param name="TimedMinutes">The field with the total minutes of timed codes.</param>
/// <param name="TimedUnits">The field with the total units billed for timed codes.</param>
public sealed record EightMinuteRuleCheck(string TimedMinutes, string TimedUnits) : TemplateCheck
{
    /// <summary>Optional field with total treatment minutes (timed and untimed).</summary>
    public string? TreatmentMinutes { get; init; }

    public override IEnumerable<string> ReferencedFields() => TreatmentMinutes is null ? [TimedMinutes, TimedUnits] : [TimedMinutes, TimedUnits, TreatmentMinutes];

    /// <summary>Units the 8-minute rule allows for <paramref name="minutes"/> of timed treatment.</summary>
    public static int UnitsFor(int minutes) => minutes < 8 ? 0 : (minutes + 7) / 15;

    public override void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings)
    {
        var values = context.Values;
        if (!values.TryMinutes(TimedMinutes, out var minutes))
        {
            return;
        }

        if (TreatmentMinutes is not null && values.TryMinutes(TreatmentMinutes, out var total) && minutes > total)
        {
            findings.Add(DocumentationRules.TimedMinutesAboveTreatmentMinutes.Finding(TimedMinutes,
                $"{values.Label(TimedMinutes)} ({minutes}) is more than {values.Label(TreatmentMinutes)} ({total})."));
        }

        if (!values.TryNumber(TimedUnits, out var units))
        {
            return;
        }

        var allowed = UnitsFor(minutes);
        if (units > allowed)
        {
            findings.Add(DocumentationRules.TimedUnitsAboveEightMinuteRule.Finding(TimedUnits,
                $"{units} timed units billed, but {minutes} timed minutes allow {allowed} by the 8-minute rule. Lower the units or document the minutes."));
        }
        else if (units < allowed)
        {
            findings.Add(DocumentationRules.TimedUnitsBelowEightMinuteRule.Finding(TimedUnits,
                $"{units} timed units billed, but {minutes} timed minutes allow {allowed} by the 8-minute rule."));
        }
    }
}
