using Rcm.Core.Intake;
using Rcm.Core.Shared;

namespace Rcm.Core.Eligibility;

/// <summary>
/// Gate 1 as a pure function (DESIGN.md §1): a visit may be checked in, and a claim built, only with a fresh active
/// result for its coverage that agrees with our COB order and has the subscriber's details, unless the patient is
/// self-pay or someone allowed to overrode with a reason.
/// </summary>
public static class CheckpointRules
{
    public static CheckpointDecision Evaluate(Appointment visit, Coverage? coverage, Payer? payer, IReadOnlyList<EligibilityCheck> history,
        VisitClearance? clearance, EligibilityOptions options, DateTimeOffset now)
    {
        var reasons = new List<GateReason>();
        EligibilityCheck? latest = history.Where(h => h.Status != EligibilityStatus.Unreachable).MaxBy(h => h.CheckedAt);
        EligibilityCheck? lastAttempt = history.MaxBy(h => h.CheckedAt);
        if (coverage is { PlanType: PlanType.SelfPay }) return new CheckpointDecision(CheckpointState.Clear, reasons, latest, clearance);

        if (coverage is null)
        {
            reasons.Add(new GateReason(EligibilityCodes.NoCoverage, "No insurance coverage on file for this visit.", "add the patient's coverage from the card, or mark the visit self-pay"));
        }
        else
        {
            if (MissingSubscriber(coverage) is { Count: > 0 } missing)
                reasons.Add(new GateReason(EligibilityCodes.SubscriberMissing, $"The patient is not the subscriber and the subscriber's {string.Join(", ", missing)} is missing.",
                    "enter the subscriber's name and birth date from the card"));
            if (payer is null || PayerEndpoint.For(payer) is null)
                reasons.Add(new GateReason(EligibilityCodes.NotConnected, "The payer has no real-time connection, so coverage cannot be verified here.",
                    "verify by phone or portal, then override with the reference number as the reason"));

            TimeSpan window = options.WindowFor(payer?.PayerCode ?? "", coverage.PlanType);
            bool fresh = latest is not null && latest.CoverageId == coverage.Id && latest.CheckedAt >= coverage.UpdatedAt
                && RecheckPolicy.IsFresh(latest.CheckedAt, window, visit.StartsAt, now);
            if (!fresh && lastAttempt is { Status: EligibilityStatus.Unreachable } && (latest is null || lastAttempt.CheckedAt > latest.CheckedAt))
                reasons.Add(new GateReason(EligibilityCodes.Unreachable, "Payer unreachable: coverage could not be verified.", "try the check again in a few minutes, or override with a reason"));
            else if (latest is null || latest.CoverageId != coverage.Id)
                reasons.Add(new GateReason(EligibilityCodes.NotChecked, "Coverage has not been checked with the payer yet.", "run the eligibility check"));
            else if (!fresh)
                reasons.Add(new GateReason(EligibilityCodes.Stale, $"The last check ({latest.CheckedAt:yyyy-MM-dd HH:mm} UTC) is too old for this visit.", "run the eligibility check again"));
            else
                AddResultReasons(reasons, latest, coverage);
        }

        if (clearance is not null) return new CheckpointDecision(CheckpointState.Clear, reasons, latest, clearance);
        CheckpointState state = reasons.Count == 0 ? CheckpointState.Clear
            : reasons.TrueForAll(r => r.Code is EligibilityCodes.NotChecked or EligibilityCodes.Stale) ? CheckpointState.Checking
            : CheckpointState.NeedsAction;
        return new CheckpointDecision(state, reasons, latest, null);
    }

    public static List<string> MissingSubscriber(Coverage c)
    {
        var missing = new List<string>();
        if (c.Relationship == SubscriberRelationship.Self) return missing;
        if (string.IsNullOrWhiteSpace(c.SubscriberFirstName)) missing.Add("first name");
        if (string.IsNullOrWhiteSpace(c.SubscriberLastName)) missing.Add("last name");
        if (c.SubscriberBirthDate is null) missing.Add("birth date");
        return missing;
    }

    private static void AddResultReasons(List<GateReason> reasons, EligibilityCheck r, Coverage coverage)
    {
        switch (r.Status)
        {
            case EligibilityStatus.Inactive:
                reasons.Add(new GateReason(EligibilityCodes.Inactive, "Coverage is not active: " + r.Summary,
                    r.OtherPayerName is null ? "ask the patient for current insurance, or mark the visit self-pay" : $"add the patient's coverage with {r.OtherPayerName} and check again"));
                break;
            case EligibilityStatus.Rejected:
                reasons.Add(new GateReason(EligibilityCodes.Rejected, r.Summary.Split(':')[0] + ".", r.Fix ?? "check the card details"));
                break;
            case EligibilityStatus.Active when r.OtherPayerPrimary && coverage.Order == 1:
                reasons.Add(new GateReason(EligibilityCodes.CobContradiction,
                    $"The payer says {r.OtherPayerName ?? "another payer"} ({r.OtherPayerCode}) is primary, but this coverage is recorded as primary.",
                    $"add {r.OtherPayerName ?? "the other payer"} as the primary coverage and make this one secondary"));
                break;
        }
    }
}
