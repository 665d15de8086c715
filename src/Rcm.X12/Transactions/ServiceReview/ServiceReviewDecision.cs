namespace Rcm.X12.Transactions.ServiceReview;

/// <summary>HCR: health care services review decision.</summary>
public sealed record ServiceReviewDecision
{
    /// <summary>HCR01: <c>A1</c> certified in total, <c>A2</c> partial, <c>A3</c> not certified, <c>A4</c> pended, <c>A6</c> modified, <c>C</c> cancelled, <c>CT</c> contact payer, <c>NA</c> no action required.</summary>
    public string ActionCode { get; set; } = string.Empty;

    /// <summary>HCR02: the review identification (authorization or certification) number.</summary>
    public string? AuthorizationNumber { get; set; }

    /// <summary>HCR03: decision reason code.</summary>
    public string? ReasonCode { get; set; }

    /// <summary>HCR04: second surgical opinion indicator.</summary>
    public string? SecondSurgicalOpinion { get; set; }
}
