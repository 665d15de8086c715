using System.Text.Json.Serialization;
using Rcm.X12.Transactions.ClaimStatus;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Transactions.Eligibility;
using Rcm.X12.Transactions.Remittance;
using Rcm.X12.Transactions.ServiceReview;

namespace Rcm.X12.Transactions;

/// <summary>
/// One typed transaction set (ST…SE). Each family has its own subclass in its folder; the JSON form names the
/// family in <c>type</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ClaimTransaction837), "837")]
[JsonDerivedType(typeof(RemittanceTransaction835), "835")]
[JsonDerivedType(typeof(EligibilityInquiry270), "270")]
[JsonDerivedType(typeof(EligibilityResponse271), "271")]
[JsonDerivedType(typeof(ClaimStatusRequest276), "276")]
[JsonDerivedType(typeof(ClaimStatusResponse277), "277")]
[JsonDerivedType(typeof(ServiceReview278), "278")]
public abstract record X12Transaction
{
    /// <summary>ST02.</summary>
    public string ControlNumber { get; set; } = string.Empty;

    /// <summary>ST03 (or GS08 when ST03 is absent), e.g. <c>005010X222A1</c>.</summary>
    public string ImplementationReference { get; set; } = string.Empty;

    /// <summary>Ordinal of the ST segment in the file.</summary>
    public long SegmentOrdinal { get; set; }

    /// <summary>ST01: the transaction set identifier.</summary>
    [JsonIgnore]
    public abstract string TransactionSetId { get; }

    /// <summary>Segments of the transaction outside any loop this model names (e.g. a stray segment after the last loop).</summary>
    public List<X12RawSegment> Other { get => field ??= []; set; }
}
