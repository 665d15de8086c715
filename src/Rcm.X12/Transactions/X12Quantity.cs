using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions;

/// <summary>QTY: a qualified quantity, e.g. <c>CA</c> covered actual days, <c>90</c> accepted claims (277CA).</summary>
public sealed record X12Quantity(string Qualifier, [property: JsonConverter(typeof(X12QuantityJsonConverter))] decimal Quantity);
