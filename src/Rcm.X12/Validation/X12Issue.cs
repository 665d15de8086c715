namespace Rcm.X12.Validation;

/// <summary>
/// One conformance or business finding in readable X12. Findings never throw: every one is collected with a stable
/// code, a severity and its X12 location.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>X12101</c>; never reused for another meaning.</param>
/// <param name="Severity">Whether the finding rejects the transaction.</param>
/// <param name="Message">Plain-language description for the person fixing the file.</param>
/// <param name="SegmentOrdinal">1-based ordinal of the segment in the file (ISA = 1).</param>
/// <param name="SegmentId">The segment's identifier, e.g. <c>SE</c>.</param>
/// <param name="LoopId">The loop the segment belongs to, e.g. <c>2300</c>, when known.</param>
/// <param name="ElementPosition">1-based element position, when the finding is about one element.</param>
/// <param name="ComponentPosition">1-based component position inside a composite element.</param>
/// <param name="Value">The offending value as found in the file, when there is one.</param>
public sealed record X12Issue(
    string Code,
    X12Severity Severity,
    string Message,
    long SegmentOrdinal,
    string SegmentId,
    string? LoopId,
    int? ElementPosition,
    int? ComponentPosition,
    string? Value);
