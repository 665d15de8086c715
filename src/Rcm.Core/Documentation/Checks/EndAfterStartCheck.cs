namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// DOC010: the end time must be after the start time. Times are times of day on the date of service; a session that runs
/// past midnight is documented as two sessions (payers bill per date of service).
/// </summary>
/// <param name="Start">The start-time field.</param>
/// <param name="End">The end-time field.</param>
public sealed record EndAfterStartCheck(string Start, string End) : TemplateCheck
{
    public override IEnumerable<string> ReferencedFields() => [Start, End];

    public override void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings)
    {
        var values = context.Values;
        if (values.TryTime(Start, out var start) && values.TryTime(End, out var end) && end <= start)
        {
            findings.Add(DocumentationRules.EndNotAfterStart.Finding(End,
                $"{values.Label(End)} ({end:HH\\:mm}) is not after {values.Label(Start)} ({start:HH\\:mm}). Correct the times."));
        }
    }
}
