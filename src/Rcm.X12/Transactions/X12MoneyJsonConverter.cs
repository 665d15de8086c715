using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions;

/// <summary>
/// Money in typed JSON: a number with at least two decimals (<c>12.5</c> is written <c>12.50</c>); more decimals
/// than two are kept as sent, never rounded.
/// </summary>
public sealed class X12MoneyJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        string text = value.Scale >= 2
            ? value.ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.00", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text, skipInputValidation: true);
    }
}
