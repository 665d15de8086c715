using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;
using Rcm.X12.Transactions.Eligibility;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.RealTime;

/// <summary>
/// Answers a 270 with a 271 (005010X279A1): active coverage with the plan's cost sharing, inactive coverage with its
/// end date, another payer primary (EB*R with a 2120C payer), or the AAA rejections payers send when a member cannot
/// be matched (75 not found, 73 name, 71 birth date; 79 unknown payer at 2100A).
/// </summary>
public sealed class EligibilityResponder
{
    private readonly PayerCatalog _payers;
    private readonly MemberDirectory _members;
    private readonly AccumulatorBook _accumulators;
    private readonly TimeProvider _clock;

    public EligibilityResponder(PayerCatalog payers, MemberDirectory members, AccumulatorBook accumulators, TimeProvider clock)
    {
        _payers = payers;
        _members = members;
        _accumulators = accumulators;
        _clock = clock;
    }

    /// <summary>Writes one 271 transaction set answering one 270 transaction set.</summary>
    public void Respond(X12Writer w, EligibilityInquiry270 request)
    {
        DateTimeOffset now = _clock.GetUtcNow();
        w.BeginTransaction("271", null, "005010X279A1");
        // X279A1 BHT: 0022 structure, 11 response, the request's reference echoed.
        w.WriteSegment("BHT", "0022", "11", request.Header.ReferenceId is { Length: > 0 } reference ? reference : "0", EdiFormat.Date(DateOnly.FromDateTime(now.UtcDateTime)), EdiFormat.Time(now));
        int hl = 0;
        foreach (EligibilityRequest q in EligibilityRequestReader.Read(request))
        {
            PayerProfile? payer = _payers.Find(q.PayerId);
            int sourceHl = ++hl;
            w.WriteSegment("HL", sourceHl.ToString(), null, "20", "1");
            if (payer is null)
            {
                w.WriteSegment("NM1", "PR", "2", string.IsNullOrEmpty(q.PayerName) ? "UNKNOWN" : q.PayerName, null, null, null, null, "PI", string.IsNullOrEmpty(q.PayerId) ? "UNKNOWN" : q.PayerId);
                // 2100A AAA03 79: invalid participant identification (no such payer here); N: do not resubmit as is.
                w.WriteSegment("AAA", "N", null, "79", "N");
            }
            else
            {
                w.WriteSegment("NM1", "PR", "2", payer.Name, null, null, null, null, "PI", payer.Id);
            }

            int receiverHl = ++hl;
            w.WriteSegment("HL", receiverHl.ToString(), sourceHl.ToString(), "21", "1");
            w.WriteSegment("NM1", "1P", "2", string.IsNullOrEmpty(q.ProviderName) ? "PROVIDER" : q.ProviderName, null, null, null, null, q.ProviderIdQualifier, string.IsNullOrEmpty(q.ProviderId) ? "0000000000" : q.ProviderId);
            WriteSubscriber(w, q, payer, ref hl, receiverHl);
        }

        w.EndTransaction();
    }

    private void WriteSubscriber(X12Writer w, EligibilityRequest q, PayerProfile? payer, ref int hl, int parentHl)
    {
        bool askedForDependent = !string.IsNullOrEmpty(q.DependentLastName) || q.DependentBirthDate is not null;
        MemberMatch match = payer is null
            ? MemberMatch.NotFound
            : askedForDependent
                ? _members.Find(payer.Id, q.MemberId, q.DependentLastName, q.DependentFirstName, q.DependentBirthDate)
                : _members.Find(payer.Id, q.MemberId, q.SubscriberLastName, q.SubscriberFirstName, q.SubscriberBirthDate);
        Member? member = match.Found ? match.Member : null;
        bool dependentAnswer = member is { IsDependent: true } && !match.IsSubscriberOnly;

        int subscriberHl = ++hl;
        w.WriteSegment("HL", subscriberHl.ToString(), parentHl.ToString(), "22", dependentAnswer ? "1" : "0");
        WriteTrace(w, q);
        if (payer is not null && member is null)
        {
            w.WriteSegment("NM1", "IL", "1", q.SubscriberLastName, q.SubscriberFirstName, null, null, null, "MI", q.MemberId);
            w.WriteSegment("AAA", "Y", null, RejectReason(match, q), "C");
            return;
        }

        if (member is null)
        {
            w.WriteSegment("NM1", "IL", "1", q.SubscriberLastName, q.SubscriberFirstName, null, null, null, "MI", q.MemberId);
            return;
        }

        PlanDefinition plan = payer!.PlanOrDefault(member.PlanId);
        Person subscriber = member.Subscriber ?? member.Person;
        w.WriteSegment("NM1", "IL", "1", subscriber.LastName.ToUpperInvariant(), subscriber.FirstName.ToUpperInvariant(), null, null, null, "MI", member.MemberId);
        if (!string.IsNullOrEmpty(plan.GroupNumber))
        {
            w.WriteSegment("REF", "6P", plan.GroupNumber, plan.Name);
        }

        w.WriteSegment("DMG", "D8", EdiFormat.Date(subscriber.BirthDate), subscriber.Gender);
        if (!dependentAnswer)
        {
            WriteCoverage(w, q, payer, plan, member);
            return;
        }

        int dependentHl = ++hl;
        w.WriteSegment("HL", dependentHl.ToString(), subscriberHl.ToString(), "23", "0");
        WriteTrace(w, q);
        w.WriteSegment("NM1", "03", "1", member.Person.LastName.ToUpperInvariant(), member.Person.FirstName.ToUpperInvariant());
        w.WriteSegment("DMG", "D8", EdiFormat.Date(member.Person.BirthDate), member.Person.Gender);
        w.WriteSegment("INS", "N", member.Relationship);
        WriteCoverage(w, q, payer, plan, member);
    }

    private static string RejectReason(MemberMatch match, EligibilityRequest q)
    {
        if (!match.NameMismatch || match.Member is null)
        {
            return "75"; // X279A1 AAA03 75: subscriber/insured not found
        }

        Person person = match.Member.Person;
        bool dependent = !string.IsNullOrEmpty(q.DependentLastName) || q.DependentBirthDate is not null;
        DateOnly? birth = dependent ? q.DependentBirthDate : q.SubscriberBirthDate;
        string last = (dependent ? q.DependentLastName : q.SubscriberLastName) ?? string.Empty;
        // 71: birth date does not match; 73: invalid/missing name (dependent: 65 invalid/missing patient name).
        if (string.Equals(person.LastName, last, StringComparison.OrdinalIgnoreCase) && birth is not null && birth != person.BirthDate)
        {
            return "71";
        }

        return dependent ? "65" : "73";
    }

    private static void WriteTrace(X12Writer w, EligibilityRequest q)
    {
        if (!string.IsNullOrEmpty(q.TraceNumber))
        {
            // X279A1 2000C TRN: the receiver's trace comes back as TRN01 = 2 (referenced transaction trace numbers).
            w.WriteSegment("TRN", "2", q.TraceNumber, string.IsNullOrEmpty(q.TraceOriginator) ? "9SANDBOX01" : q.TraceOriginator);
        }
    }

    private void WriteCoverage(X12Writer w, EligibilityRequest q, PayerProfile payer, PlanDefinition plan, Member member)
    {
        DateOnly asOf = q.ServiceDate ?? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (member.Terminated is { } end)
        {
            w.WriteSegment("DTP", "346", "D8", EdiFormat.Date(member.Effective));
            w.WriteSegment("DTP", "347", "D8", EdiFormat.Date(end));
        }
        else
        {
            w.WriteSegment("DTP", "346", "D8", EdiFormat.Date(member.Effective));
        }

        string insuranceType = InsuranceType(payer.Kind);
        if (!member.IsCoveredOn(asOf))
        {
            // EB01 6: inactive.
            w.WriteSegment("EB", "6", "IND", "30", insuranceType, plan.Name);
            if (member.OtherCoverage is { IsPrimary: false } moved)
            {
                // The member now belongs to another plan (Medicaid managed-care churn): name it as other payer.
                WriteOtherPayer(w, moved, insuranceType);
            }

            return;
        }

        // EB11 Y: authorization or certification required (care-management members need it for everything).
        w.WriteSegment("EB", "1", "IND", "30", insuranceType, plan.Name, null, null, null, null, null, member.AuthRequiredForAll ? "Y" : null);
        if (plan.Copay > 0)
        {
            // 98 professional (physician) visit - office; 27 per visit.
            w.WriteSegment("EB", "B", "IND", "98", insuranceType, null, "27", EdiFormat.Amount(plan.Copay));
        }

        if (plan.Coinsurance > 0)
        {
            w.WriteSegment("EB", "A", "IND", "30", insuranceType, null, "23", null, EdiFormat.Number(plan.Coinsurance));
        }

        if (plan.Deductible > 0)
        {
            // 23 calendar year (the plan amount), 29 remaining.
            w.WriteSegment("EB", "C", "IND", "30", insuranceType, null, "23", EdiFormat.Amount(plan.Deductible));
            w.WriteSegment("EB", "C", "IND", "30", insuranceType, null, "29", EdiFormat.Amount(_accumulators.DeductibleRemaining(member, plan)));
        }

        if (plan.OutOfPocketMax > 0)
        {
            w.WriteSegment("EB", "G", "IND", "30", insuranceType, null, "23", EdiFormat.Amount(plan.OutOfPocketMax));
            w.WriteSegment("EB", "G", "IND", "30", insuranceType, null, "29", EdiFormat.Amount(_accumulators.OutOfPocketRemaining(member, plan)));
        }

        if (payer.CarveOut is { } carve)
        {
            // Behavioural health is managed elsewhere: EB*R for service type MH with the carve-out payer.
            PayerProfile? other = _payers.Find(carve.ToPayerId);
            w.WriteSegment("EB", "R", "IND", "MH", insuranceType);
            w.WriteSegment("LS", "2120");
            w.WriteSegment("NM1", "PR", "2", other?.Name ?? carve.ToPayerId, null, null, null, null, "PI", carve.ToPayerId);
            w.WriteSegment("LE", "2120");
        }

        if (member.OtherCoverage is { IsPrimary: true } primary)
        {
            WriteOtherPayer(w, primary, "C1");
        }
    }

    private static void WriteOtherPayer(X12Writer w, OtherCoverage other, string insuranceType)
    {
        w.WriteSegment("EB", "R", "IND", "30", insuranceType);
        if (other.IsPrimary)
        {
            // X279A1 2110C MSG: free text that payers use to say who pays first.
            w.WriteSegment("MSG", "OTHER PAYER IS PRIMARY");
        }

        w.WriteSegment("LS", "2120");
        w.WriteSegment("NM1", "PR", "2", other.PayerName.ToUpperInvariant(), null, null, null, null, "PI", other.PayerId);
        w.WriteSegment("LE", "2120");
    }

    internal static string InsuranceType(PayerKind kind) => kind switch
    {
        PayerKind.Medicare => "MB",
        PayerKind.MedicaidManagedCare => "MC",
        PayerKind.Commercial => "PR",
        _ => "C1",
    };
}
