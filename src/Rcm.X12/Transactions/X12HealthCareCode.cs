using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions;

/// <summary>
/// One HI composite (C022): a diagnosis, procedure, occurrence, value or condition code. The qualifier says which:
/// <c>ABK</c>/<c>BK</c> principal diagnosis, <c>ABF</c>/<c>BF</c> other diagnosis, <c>ABJ</c>/<c>BJ</c> admitting
/// diagnosis (837I), <c>APR</c>/<c>PR</c> patient's reason for visit (837I), <c>ABN</c> external cause,
/// <c>BBR</c>/<c>BBQ</c> procedures, <c>BH</c> occurrence, <c>BI</c> occurrence span, <c>BE</c> value, <c>BG</c> condition.
/// </summary>
public sealed record X12HealthCareCode
{
    /// <summary>Component 1: code list qualifier.</summary>
    public string Qualifier { get; set; } = string.Empty;

    /// <summary>Component 2: the code, as sent (ICD-10 codes without the dot).</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Component 3: date format qualifier (<c>D8</c>/<c>RD8</c>) for dated codes.</summary>
    public string? DateFormat { get; set; }

    /// <summary>Component 4: the date or range as sent.</summary>
    public string? DateValue { get; set; }

    /// <summary>Component 5: monetary amount (value codes).</summary>
    public decimal? Amount { get; set; }

    /// <summary>Component 6: quantity.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Quantity { get; set; }

    /// <summary>Component 9: present-on-admission indicator (837I diagnoses: Y, N, U, W).</summary>
    public string? PresentOnAdmission { get; set; }
}
