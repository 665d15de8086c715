using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Documentation;

/// <summary>
/// Signing with the completeness check in front: a complete note is signed and frozen; an incomplete one stays a draft and
/// is routed back to the rendering provider with every finding.
/// </summary>
public sealed class NoteSigning(CompletenessChecker checker, DocumentationRouter router, TimeProvider time)
{
    /// <exception cref="InvalidOperationException">The note is not a draft (an API answers 409).</exception>
    public SignOutcome Sign(VisitNote note, long signerId)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.Status != NoteStatus.Draft)
        {
            throw new InvalidOperationException($"A {note.Status.ToString().ToLowerInvariant()} note cannot be signed again; start an amendment instead.");
        }

        var now = time.GetUtcNow();
        var report = checker.CheckForSigning(note, signerId);
        if (!report.IsComplete)
        {
            return new SignOutcome(false, report, router.Route(note, report, now));
        }

        note.Sign(signerId, report, now);
        return new SignOutcome(true, report, null);
    }
}
