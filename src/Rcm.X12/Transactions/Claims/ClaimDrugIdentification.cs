using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions.Claims;

/// <summary>Loop 2410 drug identification: LIN (NDC), CTP (quantity and unit) and REF (prescription or link number).</summary>
public sealed record ClaimDrugIdentification
{
    /// <summary>LIN02: product id qualifier, <c>N4</c> NDC 5-4-2.</summary>
    public string ProductIdQualifier { get; set; } = string.Empty;

    /// <summary>LIN03: the NDC.</summary>
    public string ProductId { get; set; } = string.Empty;

    /// <summary>CTP04: national drug unit count.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Quantity { get; set; }

    /// <summary>CTP05-1: unit of measure (<c>F2</c>, <c>GR</c>, <c>ME</c>, <c>ML</c>, <c>UN</c>).</summary>
    public string? UnitOfMeasure { get; set; }

    /// <summary>REF in 2410: <c>XZ</c> prescription number, <c>VY</c> link sequence number.</summary>
    public List<X12Reference> References { get => field ??= []; set; }
}
