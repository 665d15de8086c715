using Rcm.Core.Documentation.Checks;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Documentation;

/// <summary>
/// What a complete note documents for coding, read through the template's field roles: codes, units, minutes,
/// diagnoses, modifiers, place of service, and whether a separately identifiable E/M (modifier 25) is supported. Handed to
/// coding by gate 2 once the note passes, so coding never guesses from free text.
/// </summary>
/// <param name="ServiceCodes">Every documented service code (CPT/HCPCS numbers), in field order.</param>
/// <param name="Units">Units billed, when the template documents units.</param>
/// <param name="Minutes">The minutes that select the code or its units.</param>
/// <param name="Diagnoses">ICD-10-CM codes, in the order documented.</param>
/// <param name="Modifiers">Modifiers documented on the note.</param>
/// <param name="PlaceOfService">CMS place-of-service code, when documented.</param>
/// <param name="TelehealthModality">Telehealth modality answer, when the visit was telehealth.</param>
/// <param name="SeparateEvaluationDocumented">The note supports a significant, separately identifiable E/M (modifier 25).</param>
/// <param name="TreatmentPlanId">Treatment plan the payer ties the session to, when documented.</param>
/// <param name="SupervisingProvider">Supervising provider named on the note, when documented.</param>
public sealed record DocumentedFacts(
    IReadOnlyList<string> ServiceCodes,
    decimal? Units,
    int? Minutes,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<string> Modifiers,
    string? PlaceOfService,
    string? TelehealthModality,
    bool SeparateEvaluationDocumented,
    string? TreatmentPlanId,
    string? SupervisingProvider)
{
    /// <summary>Reads the facts of <paramref name="note"/> through <paramref name="template"/>, the template it is pinned to.</summary>
    public static DocumentedFacts Read(VisitNote note, ResolvedTemplate template)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(template);
        if (note.Pin != template.Pin)
        {
            throw new ArgumentException($"Note is pinned to {note.Pin}, not {template.Pin}.", nameof(template));
        }

        var values = new NoteValues(template, note.Values);
        var units = First(values, template, FieldRole.Units) is { } u && FieldValueFormat.TryNumber(u, out var n) ? n : (decimal?)null;
        var minutes = First(values, template, FieldRole.Minutes) is { } m && FieldValueFormat.TryMinutes(m, out var i) ? i : (int?)null;
        return new DocumentedFacts(
            All(values, template, FieldRole.ServiceCode),
            units,
            minutes,
            // Without the dot, as claims carry ICD-10-CM codes (Claims.Diagnosis).
            All(values, template, FieldRole.Diagnosis).Select(d => d.Replace(".", "", StringComparison.Ordinal)).Distinct().ToList(),
            All(values, template, FieldRole.Modifiers),
            First(values, template, FieldRole.PlaceOfService),
            First(values, template, FieldRole.TelehealthModality),
            First(values, template, FieldRole.SeparateEvaluation) is not null,
            First(values, template, FieldRole.TreatmentPlan),
            First(values, template, FieldRole.SupervisingProvider));
    }

    private static List<string> All(NoteValues values, ResolvedTemplate template, FieldRole role) =>
        template.Fields.Where(f => f.Role == role).SelectMany(f => values.Codes(f.Id)).Distinct().ToList();

    private static string? First(NoteValues values, ResolvedTemplate template, FieldRole role) =>
        template.Fields.Where(f => f.Role == role).Select(f => values.Raw(f.Id)).FirstOrDefault(v => v is not null);
}
