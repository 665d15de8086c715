namespace Rcm.Core.Documentation;

/// <summary>What happened when a provider tried to sign a note.</summary>
/// <param name="Signed">True when the note is now signed.</param>
/// <param name="Report">The signing check.</param>
/// <param name="WorkItem">When refused, the note goes back to the rendering provider's queue with the findings.</param>
public sealed record SignOutcome(bool Signed, CompletenessReport Report, DocumentationWorkItem? WorkItem);
