namespace Rcm.Sandbox.Batch;

/// <summary>A service line as the payer received it (837P SV1 or 837I SV2, with its date).</summary>
public sealed record SubmittedLine
{
    public int Number { get; init; }

    public required string Procedure { get; init; }

    public IReadOnlyList<string> Modifiers { get; init; } = [];

    public decimal Charge { get; init; }

    public decimal Units { get; init; } = 1;

    public DateOnly ServiceDate { get; init; }

    /// <summary>837I SV201 revenue code; null on professional claims.</summary>
    public string? RevenueCode { get; init; }

    /// <summary>REF*6R line item control number, echoed in the 835.</summary>
    public string? ControlNumber { get; init; }

    /// <summary>The composite the 835 SVC01 echoes: HC:code:modifiers.</summary>
    public string ProcedureKey => Modifiers.Count == 0 ? Procedure : $"{Procedure}:{string.Join(':', Modifiers)}";
}
