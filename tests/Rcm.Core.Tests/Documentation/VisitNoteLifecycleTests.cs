using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Tests.Documentation;

public sealed class VisitNoteLifecycleTests
{
    private static readonly DateTimeOffset Later = Catalogs.Now.AddDays(3);

    [Fact]
    public void Signed_note_refuses_changes()
    {
        var note = NoteBuilder.Complete("aba-therapy").BuildSigned();

        var ex = Assert.Throws<InvalidOperationException>(() => note.SetValues(new Dictionary<string, string?> { ["units"] = "9" }, "user-1", Later));

        Assert.Contains("amendment", ex.Message, StringComparison.Ordinal);
        Assert.Equal("8", note.Values["units"]);
        Assert.Equal(NoteStatus.Signed, note.Status);
    }

    [Fact]
    public void Signed_note_cannot_be_signed_again()
    {
        var note = NoteBuilder.Complete("aba-therapy").BuildSigned();
        var signing = new NoteSigning(new CompletenessChecker(Catalogs.BuiltIn), new DocumentationRouter(), new ManualTime(Later));

        Assert.Throws<InvalidOperationException>(() => signing.Sign(note, NoteBuilder.RenderingProvider));
    }

    [Fact]
    public void Amendment_is_a_new_version_that_keeps_the_original()
    {
        var original = NoteBuilder.Complete("aba-therapy").BuildSigned();
        var signedAt = original.SignedAt;

        var amendment = original.Amend("user-2", "Units corrected after data review", Later);
        amendment.SetValues(new Dictionary<string, string?> { ["session_end"] = "10:30", ["session_minutes"] = "90", ["units"] = "6" }, "user-2", Later);

        Assert.NotEqual(original.Id, amendment.Id);
        Assert.Equal(original.ChainId, amendment.ChainId);
        Assert.Equal(2, amendment.Version);
        Assert.Equal(NoteStatus.Draft, amendment.Status);
        Assert.Equal(original.Pin, amendment.Pin);
        Assert.Equal(new NoteAmendment(original.Id, "user-2", Later, "Units corrected after data review"), amendment.Amendment);

        Assert.Equal(NoteStatus.Amended, original.Status);
        Assert.Equal(amendment.Id, original.SupersededByNoteId);
        Assert.Equal("8", original.Values["units"]);
        Assert.Equal("11:00", original.Values["session_end"]);
        Assert.Equal(NoteBuilder.RenderingProvider, original.SignedBy);
        Assert.Equal(signedAt, original.SignedAt);
    }

    [Fact]
    public void Amended_version_cannot_be_amended_or_changed_again()
    {
        var original = NoteBuilder.Complete("aba-therapy").BuildSigned();
        original.Amend("user-2", "Typo", Later);

        Assert.Throws<InvalidOperationException>(() => original.Amend("user-2", "Again", Later));
        Assert.Throws<InvalidOperationException>(() => original.SetValues(new Dictionary<string, string?> { ["units"] = "1" }, "user-2", Later));
    }

    [Fact]
    public void Draft_cannot_be_amended_and_an_amendment_needs_a_reason()
    {
        var draft = NoteBuilder.Complete("aba-therapy").Build();
        var signed = NoteBuilder.Complete("aba-therapy").BuildSigned();

        Assert.Throws<InvalidOperationException>(() => draft.Amend("user-2", "Why", Later));
        Assert.Throws<ArgumentException>(() => signed.Amend("user-2", " ", Later));
    }

    [Fact]
    public void Signed_amendment_can_itself_be_amended_into_version_3()
    {
        var original = NoteBuilder.Complete("aba-therapy").BuildSigned();
        var second = original.Amend("user-2", "First fix", Later);
        var signing = new NoteSigning(new CompletenessChecker(Catalogs.BuiltIn), new DocumentationRouter(), new ManualTime(Later.AddHours(1)));
        Assert.True(signing.Sign(second, NoteBuilder.RenderingProvider).Signed);

        var third = second.Amend("user-3", "Second fix", Later.AddDays(1));

        Assert.Equal(3, third.Version);
        Assert.Equal(second.Id, third.Amendment!.AmendsNoteId);
        Assert.Equal(original.ChainId, third.ChainId);
    }

    [Fact]
    public void Records_each_state_change_as_an_event_without_values()
    {
        var original = NoteBuilder.Complete("bh-psychotherapy").BuildSigned();
        original.Amend("user-2", "Diagnosis corrected", Later);

        Assert.Equal(
            [NoteEventKind.Started, NoteEventKind.FieldsChanged, NoteEventKind.Signed, NoteEventKind.Superseded],
            original.Events.Select(e => e.Kind));
        Assert.Equal([1, 2, 3, 4], original.Events.Select(e => e.Sequence));
        var changed = original.Events.Single(e => e.Kind == NoteEventKind.FieldsChanged);
        Assert.Contains("diagnosis", changed.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("F41.1", changed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_refuses_a_report_made_before_a_later_edit()
    {
        var note = NoteBuilder.Complete("bh-psychotherapy").Build();
        var report = new CompletenessChecker(Catalogs.BuiltIn).CheckForSigning(note, NoteBuilder.RenderingProvider);
        note.SetValues(new Dictionary<string, string?> { ["interventions"] = null }, "user-1", Later);

        Assert.Throws<InvalidOperationException>(() => note.Sign(NoteBuilder.RenderingProvider, report, Later));
        Assert.Equal(NoteStatus.Draft, note.Status);
    }

    [Fact]
    public void Setting_the_same_value_again_is_not_an_edit()
    {
        var note = NoteBuilder.Complete("bh-psychotherapy").Build();
        var revision = note.Revision;

        note.SetValues(new Dictionary<string, string?> { ["service_code"] = "90834" }, "user-1", Later);

        Assert.Equal(revision, note.Revision);
        Assert.Equal(2, note.Events.Count);
    }
}
