using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Documentation.Notes;

/// <summary>
/// One version of a visit's note, captured against a pinned template (and payer overlay) version. A draft takes values;
/// signing freezes it; an amendment is a new version that records who, when and why, and leaves the signed one as it was.
/// State changes go through the guarded methods below, each recording a <see cref="NoteEvent"/>. Plain class with
/// private setters so EF Core maps it in phase 2 (values, credentials and events as owned collections).
/// </summary>
public sealed class VisitNote
{
    private readonly List<NoteFieldValue> _fieldValues = [];
    private readonly List<string> _renderingCredentials = [];
    private readonly List<NoteEvent> _events = [];

    private VisitNote()
    {
        // For EF Core.
    }

    public Guid Id { get; private set; }

    /// <summary>The practice (tenant) the note belongs to.</summary>
    public long PracticeId { get; private set; }

    /// <summary>The visit: the Intake appointment that was checked in.</summary>
    public long VisitId { get; private set; }

    /// <summary>The payer code of the visit's primary coverage, which chose the overlay; null for self-pay.</summary>
    public string? PayerCode { get; private set; }

    /// <summary>The template and overlay versions this note is held to, fixed when the first version was started.</summary>
    public TemplatePin Pin { get; private set; } = null!;

    /// <summary>The Intake provider who rendered the service; only they sign the note.</summary>
    public long RenderingProviderId { get; private set; }

    /// <summary>The rendering provider's credentials when the note was started (what the service was rendered under).</summary>
    public IReadOnlyList<Credential> RenderingCredentials => _renderingCredentials.Select(c => new Credential(c)).ToList();

    /// <summary>The id of the first version; every amendment of the note shares it.</summary>
    public Guid ChainId { get; private set; }

    /// <summary>1 for the original, 2 for the first amendment, and so on.</summary>
    public int Version { get; private set; }

    public NoteStatus Status { get; private set; }

    /// <summary>Counts edits; a completeness report is only good for the revision it checked. Doubles as a concurrency token.</summary>
    public int Revision { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The provider who signed (the rendering provider).</summary>
    public long? SignedBy { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    /// <summary>Set on an amending version: which version it replaces, who, when, why.</summary>
    public NoteAmendment? Amendment { get; private set; }

    /// <summary>Set on a version that an amendment replaced.</summary>
    public Guid? SupersededByNoteId { get; private set; }

    /// <summary>The captured values as rows (what is stored).</summary>
    public IReadOnlyList<NoteFieldValue> FieldValues => _fieldValues;

    /// <summary>The captured values by field id.</summary>
    public IReadOnlyDictionary<string, string> Values => _fieldValues.ToDictionary(v => v.FieldId, v => v.Value, StringComparer.Ordinal);

    public IReadOnlyList<NoteEvent> Events => _events;

    /// <summary>Starts the first version of a visit's note on the template a new note gets now (see <see cref="TemplateCatalog.TryResolveForNewNote"/>).</summary>
    public static VisitNote Start(
        long practiceId,
        long visitId,
        string? payerCode,
        ResolvedTemplate template,
        long renderingProviderId,
        IEnumerable<Credential> renderingCredentials,
        string startedBy,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(practiceId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(visitId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(renderingProviderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(startedBy);
        if (template.Overlay is { } overlay && overlay.PayerCode != payerCode)
        {
            throw new ArgumentException($"Overlay {overlay.Id} is for payer {overlay.PayerCode}, not {payerCode ?? "self-pay"}.", nameof(template));
        }

        var note = new VisitNote
        {
            Id = Guid.CreateVersion7(at),
            PracticeId = practiceId,
            VisitId = visitId,
            PayerCode = payerCode,
            Pin = template.Pin,
            RenderingProviderId = renderingProviderId,
            Version = 1,
            Status = NoteStatus.Draft,
            StartedBy = startedBy,
            StartedAt = at,
        };
        note.ChainId = note.Id;
        note._renderingCredentials.AddRange(renderingCredentials.Select(c => c.Value).Distinct());
        note.Record(NoteEventKind.Started, startedBy, at, template.Pin.ToString());
        return note;
    }

    /// <summary>Sets (or, with a null or empty value, clears) field values of a draft.</summary>
    /// <exception cref="InvalidOperationException">The note is signed or amended: signed notes never change; amend instead.</exception>
    public void SetValues(IReadOnlyDictionary<string, string?> changes, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        EnsureDraft("changed");
        var changed = new List<string>();
        foreach (var (fieldId, value) in changes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var index = _fieldValues.FindIndex(v => v.FieldId == fieldId);
            var current = index < 0 ? null : _fieldValues[index].Value;
            var next = string.IsNullOrWhiteSpace(value) ? null : value;
            if (current == next)
            {
                continue;
            }

            if (index >= 0)
            {
                _fieldValues.RemoveAt(index);
            }

            if (next is not null)
            {
                _fieldValues.Add(new NoteFieldValue(fieldId, next));
            }

            changed.Add(fieldId);
        }

        if (changed.Count > 0)
        {
            Revision++;
            Record(NoteEventKind.FieldsChanged, by, at, string.Join(",", changed));
        }
    }

    /// <summary>Signs the draft, freezing it. The report must be a complete signing check of this revision by this signer.</summary>
    /// <exception cref="InvalidOperationException">Not a draft, or the report does not allow signing.</exception>
    public void Sign(long signerId, CompletenessReport report, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(report);
        EnsureDraft("signed");
        if (report.NoteId != Id || report.CheckPoint != CheckPoint.Signing || report.Signer != signerId || report.NoteRevision != Revision)
        {
            throw new InvalidOperationException("The completeness report is not a signing check of this note's current revision by this signer.");
        }

        if (!report.IsComplete)
        {
            throw new InvalidOperationException($"The note is incomplete and cannot be signed: {string.Join("; ", report.Blocking.Select(f => f.Code))}.");
        }

        Status = NoteStatus.Signed;
        SignedBy = signerId;
        SignedAt = at;
        Record(NoteEventKind.Signed, $"provider:{signerId}", at, null);
    }

    /// <summary>
    /// Starts an amendment: a new draft version with this version's values, pinned to the same template versions, recording
    /// who, when and why. This version stays exactly as signed and is marked <see cref="NoteStatus.Amended"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">This version is not signed (a draft is edited, an amended one already has a successor).</exception>
    public VisitNote Amend(string by, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status != NoteStatus.Signed)
        {
            throw new InvalidOperationException($"Only a signed note can be amended; this version is {Status}.");
        }

        var amendment = new VisitNote
        {
            Id = Guid.CreateVersion7(at),
            PracticeId = PracticeId,
            VisitId = VisitId,
            PayerCode = PayerCode,
            Pin = Pin,
            RenderingProviderId = RenderingProviderId,
            ChainId = ChainId,
            Version = Version + 1,
            Status = NoteStatus.Draft,
            StartedBy = by,
            StartedAt = at,
            Amendment = new NoteAmendment(Id, by, at, reason.Trim()),
        };
        amendment._renderingCredentials.AddRange(_renderingCredentials);
        // Copies, not shared rows: each version owns its values (an ORM moves a shared owned row to one owner).
        amendment._fieldValues.AddRange(_fieldValues.Select(v => v with { }));
        amendment.Record(NoteEventKind.AmendmentStarted, by, at, Id.ToString());

        Status = NoteStatus.Amended;
        SupersededByNoteId = amendment.Id;
        Record(NoteEventKind.Superseded, by, at, amendment.Id.ToString());
        return amendment;
    }

    private void EnsureDraft(string verb)
    {
        if (Status != NoteStatus.Draft)
        {
            throw new InvalidOperationException($"A {Status.ToString().ToLowerInvariant()} note cannot be {verb}; start an amendment instead.");
        }
    }

    private void Record(NoteEventKind kind, string actor, DateTimeOffset at, string? detail) =>
        _events.Add(new NoteEvent(_events.Count + 1, kind, actor, at, detail));
}
