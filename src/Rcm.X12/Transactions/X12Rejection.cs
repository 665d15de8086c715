namespace Rcm.X12.Transactions;

/// <summary>
/// AAA: a request validation, i.e. why a payer could not answer (270/271, 278). Sent at any level: source,
/// receiver, subscriber, dependent or benefit.
/// </summary>
public sealed record X12Rejection
{
    /// <summary>AAA01: <c>Y</c> the request was valid but could not be processed, <c>N</c> it was invalid.</summary>
    public string? ValidRequest { get; set; }

    /// <summary>AAA03: reject reason, e.g. <c>72</c> invalid member id, <c>75</c> subscriber not found.</summary>
    public string? RejectReason { get; set; }

    /// <summary>AAA04: follow-up action, e.g. <c>C</c> correct and resubmit, <c>N</c> resubmission not allowed.</summary>
    public string? FollowUpAction { get; set; }
}
