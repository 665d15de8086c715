using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions;

/// <summary>Quantities (units, days, percentages) in typed JSON: the number as sent, not forced to two decimals like money.</summary>
public sealed class X12QuantityJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
