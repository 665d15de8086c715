namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// DOC014: units billed must equal the units the documented minutes support, for codes billed per unit of time (ABA
/// 97151–97158 and 0362T/0373T are per 15 minutes). Applied per session and code; the CMS 8-minute rule, which pools
/// minutes across codes, is <see cref="EightMinuteRuleCheck"/>.
/// </summary>
/// <param name="Minutes">The duration field.</param>
/// <param name="Units">The units field.</param>
public sealed record UnitsMatchMinutesCheck(string Minutes, string Units) : TemplateCheck
{
    /// <summary>Minutes in one unit.</summary>
    public int UnitMinutes { get; init; } = 15;

    public UnitRounding Rounding { get; init; } = UnitRounding.Midpoint;

    public override IEnumerable<string> ReferencedFields() => [Minutes, Units];

    /// <summary>Units supported by <paramref name="minutes"/>.</summary>
    public int UnitsFor(int minutes)
    {
        var whole = minutes / UnitMinutes;
        var rest = minutes % UnitMinutes;
        // Midpoint "passed": more than half a unit, i.e. 8 of 15 minutes (2 × 8 > 15; 2 × 7 < 15).
        return Rounding == UnitRounding.Midpoint && rest * 2 > UnitMinutes ? whole + 1 : whole;
    }

    public override void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings)
    {
        var values = context.Values;
        if (!values.TryMinutes(Minutes, out var minutes) || !values.TryNumber(Units, out var units))
        {
            return;
        }

        var expected = UnitsFor(minutes);
        if (units != expected)
        {
            var rule = Rounding == UnitRounding.Midpoint
                ? $"{UnitMinutes} minutes a unit, a unit counting once past its midpoint"
                : $"whole units of {UnitMinutes} minutes only";
            findings.Add(DocumentationRules.UnitsDisagreeWithMinutes.Finding(Units,
                $"{units} units billed for {minutes} minutes; at {rule} that is {expected}. Correct the units or the minutes."));
        }
    }
}
