namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// DOC025–DOC029: a telehealth visit must say how it was delivered (audio-video or audio-only), where the patient was and
/// that the patient consented; the place of service must match the patient's location (CMS POS 10 = telehealth in the
/// patient's home, POS 02 = elsewhere; CMS POS code set 2024), and an audio-only visit must carry an audio-only modifier
/// (93, or FQ for RHC/FQHC; CMS CY2024 PFS). Templates with an in-person option set <see cref="TemplateCheck.When"/>.
/// </summary>
/// <param name="Modality">The modality field (choice: <c>audio_video</c>, <c>audio_only</c>).</param>
/// <param name="PatientLocation">The patient-location field.</param>
/// <param name="Consent">The consent field.</param>
public sealed record TelehealthCheck(string Modality, string PatientLocation, string Consent) : TemplateCheck
{
    /// <summary>Place-of-service field, checked against <see cref="PlaceOfServiceByLocation"/>.</summary>
    public string? PlaceOfService { get; init; }

    /// <summary>For each patient-location answer, the places of service that fit it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PlaceOfServiceByLocation { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Modifier field, checked for audio-only visits.</summary>
    public string? Modifiers { get; init; }

    /// <summary>Modifiers, any one of which marks an audio-only visit.</summary>
    public IReadOnlyList<string> AudioOnlyModifiers { get; init; } = [];

    /// <summary>The modality answer meaning audio only.</summary>
    public string AudioOnly { get; init; } = "audio_only";

    public override IEnumerable<string> ReferencedFields() =>
        new[] { Modality, PatientLocation, Consent, PlaceOfService, Modifiers }.OfType<string>();

    public override void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings)
    {
        var values = context.Values;
        if (!values.Has(Modality))
        {
            findings.Add(DocumentationRules.TelehealthModalityMissing.Finding(Modality,
                $"{values.Label(Modality)} is empty: say whether the visit was audio-video or audio-only."));
        }

        if (!values.Has(PatientLocation))
        {
            findings.Add(DocumentationRules.TelehealthPatientLocationMissing.Finding(PatientLocation,
                $"{values.Label(PatientLocation)} is empty: say where the patient was during the visit."));
        }

        if (!values.Has(Consent))
        {
            findings.Add(DocumentationRules.TelehealthConsentMissing.Finding(Consent,
                $"{values.Label(Consent)} is empty: record how the patient consented to telehealth."));
        }

        CheckPlaceOfService(values, findings);
        CheckAudioOnlyModifier(values, findings);
    }

    private void CheckPlaceOfService(NoteValues values, ICollection<DocumentationFinding> findings)
    {
        if (PlaceOfService is null || values.Raw(PatientLocation) is not { } location || values.Raw(PlaceOfService) is not { } pos)
        {
            return;
        }

        var fits = PlaceOfServiceByLocation.FirstOrDefault(p => string.Equals(p.Key, location, StringComparison.OrdinalIgnoreCase)).Value;
        if (fits is not null && !fits.Contains(pos, StringComparer.OrdinalIgnoreCase))
        {
            findings.Add(DocumentationRules.TelehealthPlaceOfServiceMismatch.Finding(PlaceOfService,
                $"{values.Label(PlaceOfService)} {pos} does not fit {values.Label(PatientLocation)} '{location}'; use {string.Join(" or ", fits)}."));
        }
    }

    private void CheckAudioOnlyModifier(NoteValues values, ICollection<DocumentationFinding> findings)
    {
        if (Modifiers is null || AudioOnlyModifiers.Count == 0 || !string.Equals(values.Raw(Modality), AudioOnly, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!values.Codes(Modifiers).Any(m => AudioOnlyModifiers.Contains(m, StringComparer.OrdinalIgnoreCase)))
        {
            findings.Add(DocumentationRules.AudioOnlyWithoutModifier.Finding(Modifiers,
                $"The visit was audio-only, but {values.Label(Modifiers)} has none of {string.Join(", ", AudioOnlyModifiers)}; add the audio-only modifier."));
        }
    }
}
