namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// What a field means to the stages after documentation, so coding can read any template's note without knowing its field
/// ids (a template names its service-code field <c>em_code</c>, another <c>service_code</c>). Roles may repeat: list facts
/// (codes, diagnoses, modifiers) gather every field with the role; single facts take the first filled one.
/// </summary>
public enum FieldRole
{
    None,
    ServiceCode,
    Units,
    Minutes,
    Diagnosis,
    Modifiers,
    PlaceOfService,
    TelehealthModality,
    SeparateEvaluation,
    TreatmentPlan,
    SupervisingProvider,
}
