using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

public sealed class DocumentationGateTests
{
    private static readonly DateTimeOffset GateTime = Catalogs.Now.AddDays(1);

    private static DocumentationGate Gate(TemplateCatalog? catalog = null) =>
        new(new CompletenessChecker(catalog ?? Catalogs.BuiltIn), new DocumentationRouter(), new ManualTime(GateTime));

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Allows_coding_of_a_signed_complete_note(string templateId)
    {
        var note = NoteBuilder.Complete(templateId).BuildSigned();

        var decision = Gate().Evaluate(note.PracticeId, note.VisitId, note.RenderingProviderId, note);

        Assert.True(decision.Allowed, string.Join(" | ", decision.Reasons));
        Assert.Null(decision.WorkItem);
        Assert.Equal(note.Id, decision.NoteId);
    }

    [Fact]
    public void Refuses_a_draft_and_routes_it_to_the_rendering_provider()
    {
        var note = NoteBuilder.Complete("pc-office-visit").Provider(3).Build();

        var decision = Gate().Evaluate(note.PracticeId, note.VisitId, 3, note);

        Assert.False(decision.Allowed);
        Assert.Equal(["DOC040"], decision.Reasons.Select(r => r.Code));
        Assert.Equal(DocumentationQueues.ProviderDocumentation, decision.WorkItem!.Queue);
        Assert.Equal(3, decision.WorkItem.AssigneeProviderId);
        Assert.Equal(CheckPoint.Coding, decision.WorkItem.CheckPoint);
        Assert.Equal(GateTime, decision.WorkItem.CreatedAt);
        Assert.Equal("DOC040", decision.WorkItem.Code);
    }

    [Fact]
    public void Refuses_a_visit_without_a_note()
    {
        const long visitId = 4242;

        var decision = Gate().Evaluate(NoteBuilder.Practice, visitId, 101, null);

        Assert.False(decision.Allowed);
        Assert.Equal("DOC042", Assert.Single(decision.Reasons).Code);
        Assert.Equal(visitId, decision.WorkItem!.VisitId);
        Assert.Null(decision.WorkItem.NoteId);
        Assert.Equal(101, decision.WorkItem.AssigneeProviderId);
    }

    [Fact]
    public void Visit_without_note_or_provider_goes_to_the_unassigned_queue()
    {
        var decision = Gate().Evaluate(NoteBuilder.Practice, 4243, null, null);

        Assert.Equal(DocumentationQueues.Unassigned, decision.WorkItem!.Queue);
        Assert.Null(decision.WorkItem.AssigneeProviderId);
    }

    [Fact]
    public void Refuses_a_superseded_version_and_allows_its_signed_amendment()
    {
        var original = NoteBuilder.Complete("aba-therapy").BuildSigned();
        var amendment = original.Amend("user-2", "Targets clarified", GateTime);
        amendment.SetValues(new Dictionary<string, string?> { ["targets_addressed"] = "Manding; tacting" }, "user-2", GateTime);
        new NoteSigning(new CompletenessChecker(Catalogs.BuiltIn), new DocumentationRouter(), new ManualTime(GateTime)).Sign(amendment, NoteBuilder.RenderingProvider);

        var onOriginal = Gate().Evaluate(original.PracticeId, original.VisitId, original.RenderingProviderId, original);
        var onAmendment = Gate().Evaluate(amendment.PracticeId, amendment.VisitId, amendment.RenderingProviderId, amendment);

        Assert.False(onOriginal.Allowed);
        Assert.Equal("DOC041", Assert.Single(onOriginal.Reasons).Code);
        Assert.True(onAmendment.Allowed);
    }

    [Fact]
    public void Refuses_an_unsigned_amendment()
    {
        var original = NoteBuilder.Complete("aba-therapy").BuildSigned();
        var amendment = original.Amend("user-2", "Targets clarified", GateTime);

        var decision = Gate().Evaluate(amendment.PracticeId, amendment.VisitId, amendment.RenderingProviderId, amendment);

        Assert.False(decision.Allowed);
        Assert.Contains(decision.Reasons, r => r.Code == "DOC040");
    }

    [Fact]
    public void Allows_coding_with_advisory_findings_attached()
    {
        var note = NoteBuilder.Complete("pt-treatment").With("timed_units", "2").BuildSigned();

        var decision = Gate().Evaluate(note.PracticeId, note.VisitId, note.RenderingProviderId, note);

        Assert.True(decision.Allowed);
        Assert.Equal("DOC016", Assert.Single(decision.Reasons).Code);
    }

    [Fact]
    public void Rejects_a_note_of_another_visit_as_a_programming_error()
    {
        var note = NoteBuilder.Complete("aba-therapy").BuildSigned();

        Assert.Throws<ArgumentException>(() => Gate().Evaluate(note.PracticeId, note.VisitId + 1, note.RenderingProviderId, note));
    }

    public static TheoryData<string> TemplateIds() => [.. Catalogs.TemplateIds];
}
