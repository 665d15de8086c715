using Rcm.Core.Validation;

namespace Rcm.Core.Claims.Workflow;

/// <summary>One finding of the claim's latest validation, as stored with the claim (a copy of <see cref="Finding"/>).</summary>
public sealed class StoredFinding
{
    private StoredFinding() { }

    public StoredFinding(Finding f)
    {
        RuleId = f.RuleId;
        Severity = f.Severity;
        Field = f.Field;
        LineNumber = f.LineNumber;
        Message = f.Message;
        Fix = f.Fix;
    }

    public string RuleId { get; private set; } = "";
    public FindingSeverity Severity { get; private set; }
    public string Field { get; private set; } = "";
    public int? LineNumber { get; private set; }
    public string Message { get; private set; } = "";
    public string Fix { get; private set; } = "";

    public bool IsBlocking => Severity == FindingSeverity.Block;
}
