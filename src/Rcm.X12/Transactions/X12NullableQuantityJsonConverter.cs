using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions;

/// <summary><see cref="X12QuantityJsonConverter"/> for optional quantities.</summary>
public sealed class X12NullableQuantityJsonConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => false;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is decimal number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
