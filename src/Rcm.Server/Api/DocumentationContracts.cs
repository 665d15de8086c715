using System.Text.Json;
using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Server.Api;

/// <summary>Start a visit's note; without <c>templateId</c> the template whose service codes include the visit's is used.</summary>
public sealed record StartNoteRequest(string? TemplateId);

/// <summary>Set field values of the draft (field id → value; null or empty clears the field).</summary>
public sealed record NoteValuesRequest(Dictionary<string, string?>? Values);

/// <summary>Sign the draft as <c>signerProviderId</c> (default: the visit's rendering provider, who alone may sign).</summary>
public sealed record SignNoteRequest(long? SignerProviderId);

/// <summary>Amend the signed note: a new version; the reason is required and kept with the note.</summary>
public sealed record AmendNoteRequest(string? Reason);

/// <summary>Publish a new version of a template or of a payer overlay (exactly one), in the JSON format of docs/templates.md.</summary>
public sealed record PublishDefinitionRequest(JsonElement? Template, JsonElement? Overlay);

/// <summary>One finding of a completeness check, with the field's label for people.</summary>
public sealed record FindingResponse(string Code, DocumentationSeverity Severity, string? Field, string? Label, string Message)
{
    public static FindingResponse From(DocumentationFinding f, ResolvedTemplate? t) =>
        new(f.Code, f.Severity, f.FieldId, f.FieldId is null ? null : t?.Label(f.FieldId), f.Message);
}

/// <summary>One field of a resolved template.</summary>
public sealed record TemplateFieldResponse(string Id, string Label, FieldType Type, bool Required, string? RequiredWhen, bool HighRisk,
    IReadOnlyList<string> Options, IReadOnlyList<string> Allowed, bool Multiple, bool SignsNote, FieldRole Role, string? Why);

/// <summary>A template with the payer's overlay applied, as a note started now would get it.</summary>
public sealed record TemplateResponse(string Id, int Version, string Title, string ServiceLine, string? OverlayId, int? OverlayVersion, string? PayerCode,
    bool Suggested, IReadOnlyList<TemplateFieldResponse> Fields)
{
    public static TemplateResponse From(ResolvedTemplate t, bool suggested) => new(t.Template.Id, t.Template.Version, t.Template.Title, t.Template.ServiceLine,
        t.Overlay?.Id, t.Overlay?.Version, t.Overlay?.PayerCode, suggested,
        [.. t.Fields.Select(f => new TemplateFieldResponse(f.Id, f.Label, f.Type, f.Required, f.RequiredWhen?.Describe(t.Label(f.RequiredWhen.Field)), f.HighRisk,
            f.Options, f.Allowed, f.Multiple, f.SignsNote, f.Role, f.Why))]);
}

/// <summary>Who amended a note version, when and why.</summary>
public sealed record AmendmentResponse(Guid AmendsNoteId, string By, DateTimeOffset At, string Reason);

/// <summary>One event in a note's history (names fields, never values).</summary>
public sealed record NoteEventResponse(int Sequence, NoteEventKind Kind, string Actor, DateTimeOffset At, string? Detail);

/// <summary>One version of a visit's note; for a draft, <c>findings</c> is what signing would say now.</summary>
public sealed record NoteResponse(Guid Id, long VisitId, int Version, NoteStatus Status, string TemplateId, int TemplateVersion, string? OverlayId, int? OverlayVersion,
    string? PayerCode, long RenderingProviderId, IReadOnlyList<string> RenderingCredentials, IReadOnlyDictionary<string, string> Values, int Revision,
    DateTimeOffset StartedAt, long? SignedBy, DateTimeOffset? SignedAt, AmendmentResponse? Amendment, Guid? SupersededByNoteId,
    IReadOnlyList<FindingResponse>? Findings, IReadOnlyList<NoteEventResponse> Events)
{
    public static NoteResponse From(VisitNote n, ResolvedTemplate? t, CompletenessReport? report) => new(n.Id, n.VisitId, n.Version, n.Status,
        n.Pin.TemplateId, n.Pin.TemplateVersion, n.Pin.OverlayId, n.Pin.OverlayVersion, n.PayerCode, n.RenderingProviderId,
        [.. n.RenderingCredentials.Select(c => c.Value)], n.Values, n.Revision, n.StartedAt, n.SignedBy, n.SignedAt,
        n.Amendment is { } a ? new AmendmentResponse(a.AmendsNoteId, a.By, a.At, a.Reason) : null, n.SupersededByNoteId,
        report is null ? null : [.. report.Findings.Select(f => FindingResponse.From(f, t))],
        [.. n.Events.OrderBy(e => e.Sequence).Select(e => new NoteEventResponse(e.Sequence, e.Kind, e.Actor, e.At, e.Detail))]);
}

/// <summary>Gate 2's answer for a visit: may coding start, why not, and what the note documents when it may.</summary>
public sealed record GateResponse(long VisitId, bool Allowed, Guid? NoteId, IReadOnlyList<FindingResponse> Reasons, string? Queue, DocumentedFacts? Facts);

/// <summary>A provider's line in the incomplete-notes report.</summary>
public sealed record ProviderReportResponse(long ProviderId, string Name, int NotesChecked, int IncompleteNotes, string? MostMissedField);

/// <summary>Incomplete notes by provider and field (blocking findings only).</summary>
public sealed record IncompleteNotesResponse(IReadOnlyList<IncompleteFieldRow> Rows, IReadOnlyList<ProviderReportResponse> Providers, IReadOnlyList<FieldCompleteness> Fields);

/// <summary>One stored template or overlay version of the practice.</summary>
public sealed record DefinitionResponse(long Id, string Kind, string DefinitionId, int Version, string TemplateId, string? PayerCode, DateTimeOffset EffectiveFrom,
    string PublishedBy, DateTimeOffset PublishedAt);
