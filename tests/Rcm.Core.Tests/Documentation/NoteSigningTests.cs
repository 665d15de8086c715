using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Tests.Documentation;

public sealed class NoteSigningTests
{
    private static readonly DateTimeOffset SignTime = Catalogs.Now.AddHours(2);

    private static NoteSigning Signing() => new(new CompletenessChecker(Catalogs.BuiltIn), new DocumentationRouter(), new ManualTime(SignTime));

    [Fact]
    public void Complete_note_is_signed_at_the_clock_time_by_the_rendering_provider()
    {
        var note = NoteBuilder.Complete("pt-treatment").Build();

        var outcome = Signing().Sign(note, NoteBuilder.RenderingProvider);

        Assert.True(outcome.Signed);
        Assert.Null(outcome.WorkItem);
        Assert.Equal(NoteStatus.Signed, note.Status);
        Assert.Equal(NoteBuilder.RenderingProvider, note.SignedBy);
        Assert.Equal(SignTime, note.SignedAt);
    }

    [Fact]
    public void Incomplete_note_stays_a_draft_and_goes_back_to_the_rendering_provider()
    {
        var note = NoteBuilder.Complete("aba-therapy").Provider(7).Without("session_end").With("units", "12").Build();

        var outcome = Signing().Sign(note, 7);

        Assert.False(outcome.Signed);
        Assert.Equal(NoteStatus.Draft, note.Status);
        var item = outcome.WorkItem!;
        Assert.Equal(DocumentationQueues.ProviderDocumentation, item.Queue);
        Assert.Equal(7, item.AssigneeProviderId);
        Assert.Equal(NoteBuilder.Practice, item.PracticeId);
        Assert.Equal(note.Id, item.NoteId);
        Assert.Equal(note.VisitId, item.VisitId);
        Assert.Equal(CheckPoint.Signing, item.CheckPoint);
        Assert.Equal(SignTime, item.CreatedAt);
        Assert.Equal(["DOC001", "DOC014"], item.Findings.Select(f => f.Code));
        Assert.Equal("2 problem(s) stop this aba-therapy note at signing: session_end (DOC001), units (DOC014)", item.Summary);
        Assert.Equal("DOC001", item.Code);
        Assert.Equal("Open the note, complete or correct the listed fields, and sign it.", item.Fix);
    }

    [Fact]
    public void Long_lists_of_problems_keep_the_summary_to_one_line()
    {
        var note = NoteBuilder.Complete("aba-therapy").Without("service_code", "diagnosis", "session_start", "session_end", "session_minutes", "units", "place_of_service", "delivery").Build();

        var item = Signing().Sign(note, NoteBuilder.RenderingProvider).WorkItem!;

        Assert.EndsWith("and 3 more", item.Summary, StringComparison.Ordinal);
        Assert.True(item.Summary.Length <= 500);
        Assert.Equal(8, item.Findings.Count);
    }

    [Fact]
    public void Someone_other_than_the_rendering_provider_cannot_sign()
    {
        var note = NoteBuilder.Complete("bh-psychotherapy").Build();

        var outcome = Signing().Sign(note, 999);

        Assert.False(outcome.Signed);
        FindingAssert.Single(outcome.Report, "DOC030", null);
        Assert.Equal(NoteBuilder.RenderingProvider, outcome.WorkItem!.AssigneeProviderId);
    }

    [Fact]
    public void Repeated_refusals_share_one_deduplication_key()
    {
        var note = NoteBuilder.Complete("bh-psychotherapy").Without("progress").Build();

        var first = Signing().Sign(note, NoteBuilder.RenderingProvider).WorkItem!;
        note.SetValues(new Dictionary<string, string?> { ["interventions"] = null }, "user-1", SignTime);
        var second = Signing().Sign(note, NoteBuilder.RenderingProvider).WorkItem!;

        Assert.Equal(first.DeduplicationKey, second.DeduplicationKey);
        Assert.Equal(2, second.Findings.Count);
    }
}
