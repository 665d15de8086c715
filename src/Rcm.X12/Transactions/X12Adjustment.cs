using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions;

/// <summary>
/// One CAS adjustment triplet. A CAS segment carries a group code (CAS01) and up to six reason/amount/quantity
/// triplets (CAS02–CAS19); each triplet becomes one adjustment, and the writer packs consecutive adjustments of the
/// same group back into CAS segments of up to six.
/// </summary>
public sealed record X12Adjustment
{
    /// <summary>CAS01: <c>CO</c> contractual, <c>PR</c> patient responsibility, <c>OA</c> other, <c>PI</c> payer initiated, <c>CR</c> correction.</summary>
    public string GroupCode { get; set; } = string.Empty;

    /// <summary>CAS02/05/08/11/14/17: claim adjustment reason code (CARC).</summary>
    public string ReasonCode { get; set; } = string.Empty;

    /// <summary>CAS03/06/…: the amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>CAS04/07/…: the units of service adjusted, when sent.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Quantity { get; set; }
}
