using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

/// <summary>
/// Builds visit notes for tests, starting from a note that is complete for its template (synthetic values only) and
/// changing one thing at a time: <c>NoteBuilder.Complete("aba-therapy").With("units", "9").Build()</c>.
/// </summary>
internal sealed class NoteBuilder
{
    public const long Practice = 1;
    public const long RenderingProvider = 101;

    private static long _lastVisitId;

    private readonly string _templateId;
    private readonly Dictionary<string, string?> _values;
    private string? _payerId;
    private string[] _credentials;
    private TemplateCatalog _catalog = Catalogs.BuiltIn;
    private DateTimeOffset _startedAt = Catalogs.Now;
    private long _provider = RenderingProvider;
    private long _visitId = Interlocked.Increment(ref _lastVisitId);

    private NoteBuilder(string templateId, Dictionary<string, string?> values, string[] credentials)
    {
        _templateId = templateId;
        _values = values;
        _credentials = credentials;
    }

    /// <summary>A note with every required field filled consistently, for the template and (optionally) a payer with an overlay.</summary>
    public static NoteBuilder Complete(string templateId, string? payerId = null)
    {
        var (values, credentials) = templateId switch
        {
            "aba-therapy" => (new Dictionary<string, string?>
            {
                ["service_code"] = "97153", ["diagnosis"] = "F84.0", ["session_start"] = "09:00", ["session_end"] = "11:00", ["session_minutes"] = "120",
                ["units"] = "8", ["place_of_service"] = "12", ["delivery"] = "in_person",
                ["targets_addressed"] = "Manding; transitions between activities", ["session_summary"] = "Met 4 of 5 targets.",
            }, new[] { "RBT" }),
            "bh-psychotherapy" => (new Dictionary<string, string?>
            {
                ["service_code"] = "90834", ["session_start"] = "10:00", ["session_end"] = "10:50", ["psychotherapy_minutes"] = "45",
                ["participants"] = "patient", ["diagnosis"] = "F41.1", ["delivery"] = "in_person",
                ["interventions"] = "Cognitive restructuring", ["progress"] = "Fewer panic episodes reported.",
            }, new[] { "LCSW" }),
            "pc-office-visit" => (new Dictionary<string, string?>
            {
                ["em_code"] = "99213", ["chief_complaint"] = "Sore throat", ["diagnosis"] = "J06.9", ["level_basis"] = "mdm",
                ["mdm_level"] = "low", ["assessment_plan"] = "Viral infection; supportive care.", ["delivery"] = "in_person",
            }, new[] { "MD" }),
            "pt-treatment" => (new Dictionary<string, string?>
            {
                ["timed_codes"] = "97110, 97140", ["session_start"] = "14:00", ["session_end"] = "14:45",
                ["total_treatment_minutes"] = "45", ["timed_minutes"] = "38", ["timed_units"] = "3", ["diagnosis"] = "M54.50",
                ["skilled_interventions"] = "Graded lumbar stabilisation; cueing for form.",
            }, new[] { "PT" }),
            "telehealth-visit" => (new Dictionary<string, string?>
            {
                ["service_code"] = "99213", ["telehealth_modality"] = "audio_video", ["patient_location"] = "home", ["patient_state"] = "OH",
                ["telehealth_consent"] = "verbal", ["session_start"] = "15:00", ["session_end"] = "15:25", ["visit_minutes"] = "25",
                ["place_of_service"] = "10", ["modifiers"] = "95", ["diagnosis"] = "I10", ["assessment_plan"] = "Continue current dose.",
            }, new[] { "MD" }),
            _ => throw new ArgumentOutOfRangeException(nameof(templateId), templateId, "no sample note for this template"),
        };

        switch (payerId)
        {
            case "demo-medicaid" when templateId == "aba-therapy":
                values["treatment_plan_id"] = "TP-1001";
                values["supervising_provider_id"] = "prov-bcba-1";
                break;
            case "demo-medicare" when templateId == "pt-treatment":
                values["plan_of_care_certified_on"] = "2026-01-05";
                break;
            case "demo-commercial" when templateId == "bh-psychotherapy":
                values["treatment_plan_id"] = "TP-77";
                break;
        }

        return new NoteBuilder(templateId, values, credentials) { _payerId = payerId };
    }

    public NoteBuilder With(string fieldId, string? value)
    {
        _values[fieldId] = value;
        return this;
    }

    public NoteBuilder Without(params string[] fieldIds)
    {
        foreach (var id in fieldIds)
        {
            _values.Remove(id);
        }

        return this;
    }

    public NoteBuilder Credentials(params string[] credentials)
    {
        _credentials = credentials;
        return this;
    }

    public NoteBuilder Payer(string? payerId)
    {
        _payerId = payerId;
        return this;
    }

    public NoteBuilder Catalog(TemplateCatalog catalog)
    {
        _catalog = catalog;
        return this;
    }

    public NoteBuilder StartedAt(DateTimeOffset at)
    {
        _startedAt = at;
        return this;
    }

    public NoteBuilder Provider(long providerId)
    {
        _provider = providerId;
        return this;
    }

    public NoteBuilder Visit(long visitId)
    {
        _visitId = visitId;
        return this;
    }

    public VisitNote Build()
    {
        if (!_catalog.TryResolveForNewNote(_templateId, _payerId, _startedAt, out var template))
        {
            throw new InvalidOperationException($"No {_templateId} template in effect at {_startedAt}.");
        }

        var note = VisitNote.Start(Practice, _visitId, _payerId, template, _provider, _credentials.Select(c => new Credential(c)), "user-1", _startedAt);
        note.SetValues(_values, "user-1", _startedAt.AddMinutes(1));
        return note;
    }

    /// <summary>Builds the note and checks it as its rendering provider signs it.</summary>
    public CompletenessReport CheckForSigning() => new CompletenessChecker(_catalog).CheckForSigning(Build(), _provider);

    /// <summary>Builds the note, signs it when complete, and checks it before coding.</summary>
    public VisitNote BuildSigned()
    {
        var note = Build();
        var outcome = new NoteSigning(new CompletenessChecker(_catalog), new DocumentationRouter(), new ManualTime(_startedAt.AddHours(1))).Sign(note, _provider);
        if (!outcome.Signed)
        {
            throw new InvalidOperationException($"Sample note is not complete: {string.Join("; ", outcome.Report.Findings)}");
        }

        return note;
    }
}
