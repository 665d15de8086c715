using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Tests.Documentation;

public sealed class IncompleteNoteReportTests
{
    private static (VisitNote, CompletenessReport) Checked(NoteBuilder builder, long provider)
    {
        var note = builder.Provider(provider).Build();
        return (note, new CompletenessChecker(Catalogs.BuiltIn).CheckForSigning(note, provider));
    }

    [Fact]
    public void Groups_missing_fields_by_provider_and_field_most_frequent_first()
    {
        var notes = new[]
        {
            Checked(NoteBuilder.Complete("aba-therapy").Without("session_end"), 1),
            Checked(NoteBuilder.Complete("aba-therapy").Without("session_end", "targets_addressed"), 1),
            Checked(NoteBuilder.Complete("aba-therapy").Without("session_end"), 1),
            Checked(NoteBuilder.Complete("aba-therapy"), 1),
            Checked(NoteBuilder.Complete("bh-psychotherapy").Without("interventions"), 2),
            Checked(NoteBuilder.Complete("bh-psychotherapy"), 3),
        };

        var report = IncompleteNoteReport.Build(notes);

        Assert.Equal(
            [
                new IncompleteFieldRow(1, "session_end", "DOC001", 3),
                new IncompleteFieldRow(1, "targets_addressed", "DOC001", 1),
                new IncompleteFieldRow(2, "interventions", "DOC001", 1),
            ],
            report.Rows);
        Assert.Equal(
            [
                new ProviderCompleteness(1, 4, 3, "session_end"),
                new ProviderCompleteness(2, 1, 1, "interventions"),
                new ProviderCompleteness(3, 1, 0, null),
            ],
            report.Providers);
        Assert.Equal(
            [
                new FieldCompleteness("session_end", 3, 1),
                new FieldCompleteness("interventions", 1, 1),
                new FieldCompleteness("targets_addressed", 1, 1),
            ],
            report.Fields);
    }

    [Fact]
    public void Field_missing_for_several_providers_ranks_first_practice_wide()
    {
        var notes = new[]
        {
            Checked(NoteBuilder.Complete("bh-psychotherapy").Without("progress"), 1),
            Checked(NoteBuilder.Complete("bh-psychotherapy").Without("progress"), 2),
            Checked(NoteBuilder.Complete("bh-psychotherapy").Without("progress", "interventions"), 3),
        };

        var report = IncompleteNoteReport.Build(notes);

        Assert.Equal(new FieldCompleteness("progress", 3, 3), report.Fields[0]);
        Assert.Equal(new FieldCompleteness("interventions", 1, 1), report.Fields[1]);
    }

    [Fact]
    public void Counts_a_note_once_per_field_and_code()
    {
        // Two malformed diagnosis codes are two findings on one field of one note.
        var notes = new[] { Checked(NoteBuilder.Complete("bh-psychotherapy").With("diagnosis", "41.1, 9"), 1) };

        var report = IncompleteNoteReport.Build(notes);

        Assert.Equal([new IncompleteFieldRow(1, "diagnosis", "DOC005", 1)], report.Rows);
    }

    [Fact]
    public void Ignores_advisory_findings_and_keeps_note_level_ones()
    {
        var notes = new[]
        {
            Checked(NoteBuilder.Complete("pt-treatment").With("timed_units", "2"), 1),
        };
        var signedByOther = NoteBuilder.Complete("pt-treatment").Provider(2).Build();
        var otherReport = new CompletenessChecker(Catalogs.BuiltIn).CheckForSigning(signedByOther, 99);

        var report = IncompleteNoteReport.Build([.. notes, (signedByOther, otherReport)]);

        Assert.Equal([new IncompleteFieldRow(2, IncompleteNoteReport.NoteLevel, "DOC030", 1)], report.Rows);
        Assert.Equal(0, report.Providers.Single(p => p.ProviderId == 1).IncompleteNotes);
    }

    [Fact]
    public void Rejects_a_report_paired_with_the_wrong_note()
    {
        var (noteA, _) = Checked(NoteBuilder.Complete("aba-therapy"), 1);
        var (_, reportB) = Checked(NoteBuilder.Complete("aba-therapy"), 1);

        Assert.Throws<ArgumentException>(() => IncompleteNoteReport.Build([(noteA, reportB)]));
    }

    [Fact]
    public void Empty_input_gives_an_empty_report()
    {
        var report = IncompleteNoteReport.Build([]);

        Assert.Empty(report.Rows);
        Assert.Empty(report.Providers);
        Assert.Empty(report.Fields);
    }
}
