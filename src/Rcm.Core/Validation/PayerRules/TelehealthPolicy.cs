namespace Rcm.Core.Validation.PayerRules;

/// <summary>
/// How a payer wants telehealth billed: the place of service for a patient at home and elsewhere (CMS: 10 and 02) and the
/// modifier (95 for synchronous audio-video under CPT; GT for payers that kept the older HCPCS modifier).
/// </summary>
public sealed record TelehealthPolicy(string HomePlaceOfService, string OtherPlaceOfService, string? Modifier)
{
    /// <summary>CMS since 2022: POS 10 at home, 02 elsewhere, modifier 95.</summary>
    public static TelehealthPolicy Cms { get; } = new("10", "02", "95");
}
