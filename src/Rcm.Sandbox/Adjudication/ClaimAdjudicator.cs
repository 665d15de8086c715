using Rcm.Sandbox.Batch;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Adjudication;

/// <summary>
/// Decides a claim the way payers do, in their order: identity (CO-31), timely filing (CO-29), duplicates (OA-18),
/// eligibility (CO-27), coordination of benefits (CO-22), then per line misrouted carve-out services (CO-109),
/// non-covered services (CO-96), authorization (CO-197 absent, CO-15 wrong), modifiers (CO-4) and documentation
/// (CO-16 until an attachment arrives); what is left is priced (CO-45 above the fee schedule) and shared with the
/// patient (PR-3 copay, PR-1 deductible, PR-2 coinsurance, capped at the out-of-pocket maximum), or, as secondary,
/// paid after the primary (OA-23).
/// </summary>
public sealed class ClaimAdjudicator
{
    private readonly AuthorizationBook _authorizations;
    private readonly AccumulatorBook _accumulators;

    public ClaimAdjudicator(AuthorizationBook authorizations, AccumulatorBook accumulators)
    {
        _authorizations = authorizations;
        _accumulators = accumulators;
    }

    /// <summary>Adjudicates <paramref name="record"/>; <paramref name="earlier"/> are claims received before it.</summary>
    public ClaimOutcome Adjudicate(ClaimRecord record, PayerProfile payer, IEnumerable<ClaimRecord> earlier)
    {
        SubmittedClaim claim = record.Claim;
        Member? member = record.Member;
        ClaimDenial? whole = ClaimLevelDenial(record, payer, member, earlier);
        if (whole is not null)
        {
            return ClaimOutcome.Create("4", [.. claim.Lines.Select(l => Deny(l, whole))], whole.Group == "CO" && whole.Reason == "16" ? ["MA130"] : []);
        }

        PlanDefinition plan = payer.PlanOrDefault(member!.PlanId);
        bool secondary = member.OtherCoverage is { IsPrimary: true };
        decimal otherPaidLeft = claim.OtherPayerPaid ?? 0;
        bool copayTaken = false;
        var outcomes = new List<LineOutcome>();
        var claimRemarks = new List<string>();
        foreach (SubmittedLine line in claim.Lines)
        {
            ClaimDenial? denial = LineDenial(record, payer, member, line);
            if (denial is not null)
            {
                outcomes.Add(Deny(line, denial));
                if (denial.Reason == "16" && !claimRemarks.Contains("MA130"))
                {
                    claimRemarks.Add("MA130");
                }

                continue;
            }

            decimal allowed = payer.FeeSchedule.Allowed(line.Procedure, line.Charge, line.Units);
            var adjustments = new List<Adjustment>();
            if (line.Charge > allowed)
            {
                adjustments.Add(new Adjustment("CO", "45", line.Charge - allowed));
            }

            decimal paid;
            if (secondary)
            {
                // Secondary: pays what the primary left of the allowed amount; the primary's share is OA-23.
                decimal priorShare = Math.Min(otherPaidLeft, allowed);
                otherPaidLeft -= priorShare;
                if (priorShare > 0)
                {
                    adjustments.Add(new Adjustment("OA", "23", priorShare));
                }

                paid = allowed - priorShare;
            }
            else
            {
                decimal copay = 0, deductible = 0, coinsurance = 0, remaining = allowed;
                decimal oopLeft = _accumulators.OutOfPocketRemaining(member, plan);
                if (!copayTaken && plan.Copay > 0 && IsVisit(line.Procedure))
                {
                    copay = Math.Min(Math.Min(plan.Copay, remaining), oopLeft);
                    copayTaken = true;
                    remaining -= copay;
                    oopLeft -= copay;
                }

                deductible = Math.Min(Math.Min(_accumulators.DeductibleRemaining(member, plan), remaining), oopLeft);
                remaining -= deductible;
                oopLeft -= deductible;
                coinsurance = Math.Min(Math.Round(remaining * plan.Coinsurance, 2, MidpointRounding.AwayFromZero), oopLeft);
                remaining -= coinsurance;
                AddIfPositive(adjustments, "PR", "3", copay);
                AddIfPositive(adjustments, "PR", "1", deductible);
                AddIfPositive(adjustments, "PR", "2", coinsurance);
                _accumulators.Add(member, deductible, copay + deductible + coinsurance);
                paid = remaining;
            }

            outcomes.Add(new LineOutcome(line, allowed, paid, adjustments, []));
        }

        bool allDenied = outcomes.All(o => o.Denied);
        string status = allDenied ? "4" : secondary ? "2" : "1";
        return ClaimOutcome.Create(status, outcomes, claimRemarks);
    }

    /// <summary>
    /// The CLP02 22 reversal of a finalized claim's outcome; the patient's deductible and out-of-pocket amounts it
    /// counted are given back, as the payer's accumulators would be.
    /// </summary>
    public ClaimOutcome Reverse(ClaimRecord original)
    {
        ClaimOutcome outcome = original.Outcome ?? throw new InvalidOperationException($"Claim {original.ControlNumber} has no outcome to reverse.");
        if (original.Member is { } member && outcome.Status is "1" or "4")
        {
            var patient = outcome.Lines.SelectMany(l => l.Adjustments).Where(a => a.Group == "PR").ToList();
            _accumulators.Add(member, -patient.Where(a => a.Reason == "1").Sum(a => a.Amount), -patient.Sum(a => a.Amount));
        }

        return outcome.Reversal();
    }

    private static ClaimDenial? ClaimLevelDenial(ClaimRecord record, PayerProfile payer, Member? member, IEnumerable<ClaimRecord> earlier)
    {
        SubmittedClaim claim = record.Claim;
        if (member is null || record.PatientMismatch)
        {
            return ClaimDenial.Of("CO", "31", "N382");
        }

        DateOnly received = DateOnly.FromDateTime(record.ReceivedAt.UtcDateTime);
        if (received.DayNumber - claim.FirstServiceDate.DayNumber > payer.TimelyFilingDays)
        {
            return ClaimDenial.Of("CO", "29");
        }

        if (claim.Frequency == "1" && earlier.Any(e => IsDuplicate(e, record)))
        {
            // CARC 18 is for use with group OA (X12 CARC list usage note), as most payers send it.
            return ClaimDenial.Of("OA", "18", "N522");
        }

        if (claim.Lines.Any(l => !member.IsCoveredOn(l.ServiceDate)))
        {
            return ClaimDenial.Of("CO", "27");
        }

        if (member.OtherCoverage is { IsPrimary: true } && (!claim.HasOtherPayer || claim.OtherPayerPaid is null))
        {
            return ClaimDenial.Of("CO", "22", "MA04");
        }

        return null;
    }

    private ClaimDenial? LineDenial(ClaimRecord record, PayerProfile payer, Member member, SubmittedLine line)
    {
        SubmittedClaim claim = record.Claim;
        if (payer.CarveOut is { } carve && carve.ProcedurePrefixes.Any(p => line.Procedure.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return ClaimDenial.Of("CO", "109", "N418");
        }

        if (payer.NonCoveredProcedures.Contains(line.Procedure))
        {
            return ClaimDenial.Of("CO", "96", payer.Kind == PayerKind.Medicare ? "N425" : "N130");
        }

        if (member.AuthRequiredForAll || payer.PriorAuthProcedures.Contains(line.Procedure))
        {
            if (string.IsNullOrWhiteSpace(claim.PriorAuthorization))
            {
                return ClaimDenial.Of("CO", "197", "M62");
            }

            AuthorizationCase? auth = _authorizations.Find(member, claim.PriorAuthorization);
            if (auth is null || !auth.Covers(line.Procedure, line.ServiceDate))
            {
                return ClaimDenial.Of("CO", "15", "N54");
            }
        }

        foreach (ModifierRule rule in payer.RequiredModifiers.Where(r => r.Procedure == line.Procedure))
        {
            string[] allowed = rule.Modifier.Split('|');
            if (!line.Modifiers.Any(m => allowed.Contains(m, StringComparer.OrdinalIgnoreCase)))
            {
                return ClaimDenial.Of("CO", "4", "N822");
            }
        }

        if (member.StrictModifiers && line.Modifiers.Count == 0)
        {
            return ClaimDenial.Of("CO", "4", "N822");
        }

        bool documented = record.Attachments.Count > 0;
        if (payer.AttachmentProcedures.Contains(line.Procedure) && !documented)
        {
            return ClaimDenial.Of("CO", "16", "M127", "N706");
        }

        return null;
    }

    private static bool IsDuplicate(ClaimRecord earlier, ClaimRecord record) =>
        earlier.State is ClaimState.Finalized or ClaimState.InProcess
        && earlier.ControlNumber != record.ControlNumber
        && string.Equals(earlier.PayerId, record.PayerId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(earlier.Claim.MemberId, record.Claim.MemberId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(earlier.Claim.PatientFirst, record.Claim.PatientFirst, StringComparison.OrdinalIgnoreCase)
        && earlier.Claim.Lines.Count == record.Claim.Lines.Count
        && earlier.Claim.Lines.Zip(record.Claim.Lines).All(p =>
            p.First.Procedure == p.Second.Procedure && p.First.ServiceDate == p.Second.ServiceDate && p.First.Charge == p.Second.Charge);

    private static LineOutcome Deny(SubmittedLine line, ClaimDenial denial) =>
        new(line, 0, 0, [new Adjustment(denial.Group, denial.Reason, line.Charge)], denial.Remarks);

    private static void AddIfPositive(List<Adjustment> adjustments, string group, string reason, decimal amount)
    {
        if (amount > 0)
        {
            adjustments.Add(new Adjustment(group, reason, amount));
        }
    }

    // Office and outpatient visits (E/M 99202-99215) and psychotherapy sessions carry the visit copay.
    private static bool IsVisit(string procedure) =>
        (procedure.StartsWith("992", StringComparison.Ordinal) && procedure.Length == 5)
        || procedure is "90791" or "90792" or "90832" or "90834" or "90837" or "T1015";
}
