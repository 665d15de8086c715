namespace Rcm.Core.Documentation;

/// <summary>
/// The registry of DOC codes. Codes are permanent (like analyzer ids): a retired rule keeps its number, a new rule takes a
/// new one. docs/templates.md lists the same table; a test keeps the two in step.
/// </summary>
public static class DocumentationRules
{
    // Fields as captured.
    public static readonly DocumentationRule RequiredFieldMissing = new("DOC001", DocumentationSeverity.Block, "A required field is empty");
    public static readonly DocumentationRule ConditionallyRequiredFieldMissing = new("DOC002", DocumentationSeverity.Block, "A field required by another answer is empty");
    public static readonly DocumentationRule ValueNotOfFieldType = new("DOC003", DocumentationSeverity.Block, "A value is not of the field's type (time, minutes, number, date)");
    public static readonly DocumentationRule ChoiceNotOffered = new("DOC004", DocumentationSeverity.Block, "A choice is not one of the field's options");
    public static readonly DocumentationRule CodeNotAllowed = new("DOC005", DocumentationSeverity.Block, "A code is not allowed in this field");
    public static readonly DocumentationRule UnknownField = new("DOC006", DocumentationSeverity.Warn, "A value was recorded for a field the template does not have");

    // Time and units.
    public static readonly DocumentationRule EndNotAfterStart = new("DOC010", DocumentationSeverity.Block, "The end time is not after the start time");
    public static readonly DocumentationRule MinutesDisagreeWithTimes = new("DOC011", DocumentationSeverity.Block, "Documented minutes disagree with the start and end times");
    public static readonly DocumentationRule MinutesOutsideCodeRange = new("DOC012", DocumentationSeverity.Block, "Documented minutes do not support the service code");
    public static readonly DocumentationRule ValueDoesNotSupportCode = new("DOC013", DocumentationSeverity.Block, "A documented level does not support the service code");
    public static readonly DocumentationRule UnitsDisagreeWithMinutes = new("DOC014", DocumentationSeverity.Block, "Units billed disagree with the minutes documented");
    public static readonly DocumentationRule TimedUnitsAboveEightMinuteRule = new("DOC015", DocumentationSeverity.Block, "More timed units than the 8-minute rule allows");
    public static readonly DocumentationRule TimedUnitsBelowEightMinuteRule = new("DOC016", DocumentationSeverity.Warn, "Fewer timed units than the 8-minute rule allows");
    public static readonly DocumentationRule TimedMinutesAboveTreatmentMinutes = new("DOC017", DocumentationSeverity.Block, "Timed minutes exceed total treatment minutes");

    // Who rendered the service.
    public static readonly DocumentationRule CredentialNotPermitted = new("DOC020", DocumentationSeverity.Block, "The rendering provider's credential does not permit the service code");
    public static readonly DocumentationRule CredentialUnknown = new("DOC021", DocumentationSeverity.Block, "The rendering provider has no credential on record");

    // Telehealth.
    public static readonly DocumentationRule TelehealthModalityMissing = new("DOC025", DocumentationSeverity.Block, "Telehealth visit without its modality (audio-video or audio-only)");
    public static readonly DocumentationRule TelehealthPatientLocationMissing = new("DOC026", DocumentationSeverity.Block, "Telehealth visit without the patient's location");
    public static readonly DocumentationRule TelehealthConsentMissing = new("DOC027", DocumentationSeverity.Block, "Telehealth visit without the patient's consent");
    public static readonly DocumentationRule TelehealthPlaceOfServiceMismatch = new("DOC028", DocumentationSeverity.Block, "Place of service disagrees with the patient's telehealth location");
    public static readonly DocumentationRule AudioOnlyWithoutModifier = new("DOC029", DocumentationSeverity.Block, "Audio-only visit without an audio-only modifier");

    // Signing, versions and the coding gate.
    public static readonly DocumentationRule SignerIsNotRenderingProvider = new("DOC030", DocumentationSeverity.Block, "The note is signed by someone other than the rendering provider");
    public static readonly DocumentationRule NoteNotSigned = new("DOC040", DocumentationSeverity.Block, "The note is not signed");
    public static readonly DocumentationRule NoteSuperseded = new("DOC041", DocumentationSeverity.Block, "The note was amended; a newer version replaces it");
    public static readonly DocumentationRule NoNote = new("DOC042", DocumentationSeverity.Block, "The visit has no note");
    public static readonly DocumentationRule TemplateVersionUnknown = new("DOC090", DocumentationSeverity.Block, "The template version or payer overlay the note was started on is not known");

    /// <summary>Every rule, in code order.</summary>
    public static IReadOnlyList<DocumentationRule> All { get; } =
    [
        RequiredFieldMissing, ConditionallyRequiredFieldMissing, ValueNotOfFieldType, ChoiceNotOffered, CodeNotAllowed, UnknownField,
        EndNotAfterStart, MinutesDisagreeWithTimes, MinutesOutsideCodeRange, ValueDoesNotSupportCode, UnitsDisagreeWithMinutes,
        TimedUnitsAboveEightMinuteRule, TimedUnitsBelowEightMinuteRule, TimedMinutesAboveTreatmentMinutes,
        CredentialNotPermitted, CredentialUnknown,
        TelehealthModalityMissing, TelehealthPatientLocationMissing, TelehealthConsentMissing, TelehealthPlaceOfServiceMismatch,
        AudioOnlyWithoutModifier,
        SignerIsNotRenderingProvider, NoteNotSigned, NoteSuperseded, NoNote, TemplateVersionUnknown,
    ];
}
