namespace Rcm.X12.Transactions;

/// <summary>One functional group (GS…GE) and its typed transactions.</summary>
public sealed record X12GroupContent
{
    /// <summary>GS01.</summary>
    public string FunctionalIdentifier { get; set; } = string.Empty;

    /// <summary>GS02.</summary>
    public string SenderCode { get; set; } = string.Empty;

    /// <summary>GS03.</summary>
    public string ReceiverCode { get; set; } = string.Empty;

    /// <summary>GS04.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>GS05 as sent.</summary>
    public string? Time { get; set; }

    /// <summary>GS06.</summary>
    public string ControlNumber { get; set; } = string.Empty;

    /// <summary>GS08.</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>Typed transactions, in file order. Transactions without a mapper are not here; the result's issues name them.</summary>
    public List<X12Transaction> Transactions { get => field ??= []; set; }
}
