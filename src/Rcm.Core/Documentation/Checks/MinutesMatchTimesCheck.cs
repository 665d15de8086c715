namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// DOC011: documented minutes must agree with the start and end times. Either equal to the time between them (a session
/// billed in units of its whole length, as in ABA) or, with <see cref="AllowLess"/>, no more than it (psychotherapy time
/// inside a longer visit, timed treatment inside a therapy session).
/// </summary>
/// <param name="Start">The start-time field.</param>
/// <param name="End">The end-time field.</param>
/// <param name="Minutes">The duration field.</param>
public sealed record MinutesMatchTimesCheck(string Start, string End, string Minutes) : TemplateCheck
{
    /// <summary>Minutes may be fewer than the time between start and end (never more).</summary>
    public bool AllowLess { get; init; }

    public override IEnumerable<string> ReferencedFields() => [Start, End, Minutes];

    public override void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings)
    {
        var values = context.Values;
        if (!values.TryTime(Start, out var start) || !values.TryTime(End, out var end) || end <= start || !values.TryMinutes(Minutes, out var minutes))
        {
            return;
        }

        var span = (int)(end - start).TotalMinutes;
        if (minutes > span)
        {
            findings.Add(DocumentationRules.MinutesDisagreeWithTimes.Finding(Minutes,
                $"{values.Label(Minutes)} is {minutes}, more than the {span} minutes from {start:HH\\:mm} to {end:HH\\:mm}."));
        }
        else if (minutes < span && !AllowLess)
        {
            findings.Add(DocumentationRules.MinutesDisagreeWithTimes.Finding(Minutes,
                $"{values.Label(Minutes)} is {minutes}, but {start:HH\\:mm} to {end:HH\\:mm} is {span} minutes. Correct the times or the minutes."));
        }
    }
}
