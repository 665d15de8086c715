namespace Rcm.X12.Transactions;

/// <summary>TRN: a trace number (TRN01 type, TRN02 reference, TRN03 originating company, TRN04 supplemental id).</summary>
public sealed record X12TraceNumber
{
    /// <summary>TRN01: <c>1</c> current transaction trace, <c>2</c> referenced transaction trace.</summary>
    public string TraceType { get; set; } = string.Empty;

    /// <summary>TRN02.</summary>
    public string ReferenceId { get; set; } = string.Empty;

    /// <summary>TRN03.</summary>
    public string? OriginatorId { get; set; }

    /// <summary>TRN04.</summary>
    public string? SupplementalId { get; set; }
}
