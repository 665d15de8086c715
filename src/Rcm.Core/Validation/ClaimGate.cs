using Rcm.Core.Claims;

namespace Rcm.Core.Validation;

/// <summary>
/// Gate 3 of the pipeline (DESIGN.md §1): no claim leaves while it fails a blocking edit, whoever asks (API, UI or batch).
/// Every submission path calls <see cref="Evaluate"/> right before sending, and callers re-validate on every change of the
/// claim, so a stale "allowed" answer is never reused.
/// </summary>
public sealed class ClaimGate
{
    private readonly ClaimValidator _validator;

    public ClaimGate(ClaimValidator validator) => _validator = validator;

    public GateDecision Evaluate(Claim claim)
    {
        var result = _validator.Validate(claim);
        return new GateDecision(!result.IsBlocked, result);
    }
}
