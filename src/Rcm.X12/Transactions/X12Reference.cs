namespace Rcm.X12.Transactions;

/// <summary>
/// REF: a reference identification, e.g. <c>G1</c> prior authorization, <c>F8</c> original claim number,
/// <c>1K</c> payer claim control number, <c>EI</c> employer id.
/// </summary>
public sealed record X12Reference
{
    /// <summary>REF01.</summary>
    public string Qualifier { get; set; } = string.Empty;

    /// <summary>REF02.</summary>
    public string? Value { get; set; }

    /// <summary>REF03: description.</summary>
    public string? Description { get; set; }
}
