using System.Text;
using Rcm.X12;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Eligibility;

namespace Rcm.Core.Eligibility;

/// <summary>
/// Reads a 271 (005010X279A1) into an <see cref="EligibilityOutcome"/> for one service type: the one place that
/// turns 271 terms (EB01 codes, DTP 346/347, AAA, 2120C) into business terms.
/// </summary>
public static class Eligibility271Reader
{
    public static EligibilityOutcome Read(ReadOnlySpan<byte> x12, string serviceType)
    {
        string raw = Encoding.ASCII.GetString(x12);
        X12ParseResult parsed;
        try
        {
            parsed = X12TransactionParser.Parse(x12);
        }
        catch (X12FormatException)
        {
            return EligibilityOutcome.Unreachable("unreadable 271") with { Raw271 = raw };
        }

        var response = parsed.Transactions.OfType<EligibilityResponse271>().FirstOrDefault();
        if (response is null || !parsed.IsComplete)
            return EligibilityOutcome.Unreachable(response is null ? "no 271 in the answer" : "incomplete 271") with { Raw271 = raw };

        foreach (EligibilitySource source in response.Sources)
        {
            if (source.Rejections.Count > 0) return Rejected(source.Rejections[0], raw);
            foreach (EligibilityReceiver receiver in source.Receivers)
            {
                if (receiver.Rejections.Count > 0) return Rejected(receiver.Rejections[0], raw);
                foreach (EligibilityMember subscriber in receiver.Subscribers)
                {
                    // The patient's benefits sit on the dependent when the payer answers at 2000D.
                    EligibilityMember patient = subscriber.Dependents.Count > 0 ? subscriber.Dependents[0] : subscriber;
                    if (subscriber.Rejections.Count > 0) return Rejected(subscriber.Rejections[0], raw);
                    if (patient.Rejections.Count > 0) return Rejected(patient.Rejections[0], raw);
                    return Benefits(subscriber, patient, serviceType, raw);
                }
            }
        }

        return EligibilityOutcome.Unreachable("271 without a member") with { Raw271 = raw };
    }

    private static EligibilityOutcome Rejected(X12Rejection r, string raw) => new()
    {
        Status = EligibilityStatus.Rejected,
        Rejection = RejectionCatalog.Translate(r.RejectReason),
        Raw271 = raw,
    };

    private static EligibilityOutcome Benefits(EligibilityMember subscriber, EligibilityMember patient, string serviceType, string raw)
    {
        // X279A1 2100C/D DTP: 346 plan begin, 347 plan end, 291 plan (RD8 range); 356/357 eligibility begin/end.
        var dates = patient.Member.Dates.Concat(subscriber.Member.Dates).ToList();
        DateOnly? begin = Date(dates, "346") ?? Date(dates, "356") ?? dates.FirstOrDefault(d => d.Qualifier == "291")?.Date;
        DateOnly? end = Date(dates, "347") ?? Date(dates, "357") ?? dates.FirstOrDefault(d => d.Qualifier == "291")?.EndDate;

        bool active = false, inactive = false, auth = false;
        string? plan = null;
        decimal? copay = null, coins = null, ded = null, dedLeft = null, oop = null, oopLeft = null;
        OtherPayer? other = null;
        foreach (EligibilityBenefit eb in patient.Benefits)
        {
            // A general inquiry (30) is about an office visit, so the office-visit copay (98) applies to it.
            bool applies = eb.ServiceTypes.Count == 0 || eb.ServiceTypes.Contains(serviceType) || eb.ServiceTypes.Contains("30")
                || (serviceType == "30" && eb.ServiceTypes.Contains("98"));
            switch (eb.InformationCode)
            {
                // EB01 1-5 active coverage (1 active, 2 family, 3 individual/dependent, 4 employee/spouse...).
                case "1" or "2" or "3" or "4" or "5":
                    active = true;
                    plan ??= eb.PlanDescription;
                    auth |= eb.AuthorizationRequired == "Y";
                    break;
                // EB01 6 inactive, 7 inactive pending eligibility update, 8 inactive pending investigation.
                case "6" or "7" or "8":
                    inactive = true;
                    plan ??= eb.PlanDescription;
                    break;
                case "B" when applies && copay is null:
                    copay = eb.Amount;
                    break;
                case "A" when applies && coins is null:
                    coins = eb.Percent;
                    break;
                // EB06 time period: 29 remaining; anything else is the plan amount.
                case "C" when applies:
                    if (eb.TimePeriod == "29") dedLeft ??= eb.Amount; else ded ??= eb.Amount;
                    break;
                case "G" when applies:
                    if (eb.TimePeriod == "29") oopLeft ??= eb.Amount; else oop ??= eb.Amount;
                    break;
                // EB01 R: other or additional payer, named in 2120C. MSG saying "primary" (or EB for the whole plan, 30) is COB.
                case "R":
                    var payer = eb.RelatedEntities.FirstOrDefault(e => e.Name.EntityIdentifier is "PR" or "P5" or "PRP" or "GP")?.Name;
                    string st = eb.ServiceTypes.Count > 0 ? eb.ServiceTypes[0] : "30";
                    bool primary = eb.Messages.Any(m => m.Text.Contains("PRIMARY", StringComparison.OrdinalIgnoreCase)) || eb.ServiceTypes.Count == 0;
                    var candidate = new OtherPayer(payer?.LastOrOrganizationName, payer?.Identifier, primary, st);
                    if (st == "30" || st == serviceType) other ??= candidate;
                    break;
            }
        }

        if (dedLeft is null && ded is not null) dedLeft = ded;
        EligibilityStatus status = active ? EligibilityStatus.Active : inactive ? EligibilityStatus.Inactive : EligibilityStatus.Inactive;
        return new EligibilityOutcome
        {
            Status = status,
            PlanName = plan,
            PlanBegin = begin,
            PlanEnd = end,
            Benefits = new BenefitSummary(copay, coins, ded, dedLeft, oop, oopLeft),
            OtherPayer = other,
            AuthorizationRequired = auth,
            Raw271 = raw,
        };
    }

    private static DateOnly? Date(List<X12DateValue> dates, string qualifier) => dates.FirstOrDefault(d => d.Qualifier == qualifier)?.Date;
}
