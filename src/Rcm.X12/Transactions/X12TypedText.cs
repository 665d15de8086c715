using System.Globalization;
using Rcm.X12.Transactions.ClaimStatus;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Transactions.Eligibility;
using Rcm.X12.Transactions.Remittance;
using Rcm.X12.Transactions.ServiceReview;
using Rcm.X12.Validation;

namespace Rcm.X12.Transactions;

/// <summary>
/// Typed content as plain text for people (<c>rcm x12 parse</c> without <c>--json</c>): one block per transaction, the
/// facts a biller looks for first (claims and lines, payments and adjustments, benefits, statuses, decisions).
/// </summary>
public static class X12TypedText
{
    public static void Write(TextWriter output, X12ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var o = new Printer(output);
        foreach (X12Transaction tx in result.Transactions)
        {
            o.Line(0, $"{Title(tx)} (ST02 {tx.ControlNumber}, {tx.ImplementationReference}, segment {tx.SegmentOrdinal})");
            switch (tx)
            {
                case ClaimTransaction837 c: Claims(o, c); break;
                case RemittanceTransaction835 r: Remittance(o, r); break;
                case EligibilityInquiry270 q: Eligibility(o, q.Sources); break;
                case EligibilityResponse271 e: Eligibility(o, e.Sources); break;
                case ClaimStatusRequest276 s: StatusLevels(o, s.Levels, 1); break;
                case ClaimStatusResponse277 s: StatusLevels(o, s.Levels, 1); break;
                case ServiceReview278 s: ReviewLevels(o, s.Levels, 1); break;
            }

            Others(o, 1, tx.Other);
            output.WriteLine();
        }

        foreach (X12Issue issue in result.Issues)
        {
            o.Line(0, $"{issue.Severity.ToString().ToLowerInvariant()} {issue.Code} at segment {issue.SegmentOrdinal}: {issue.Message}");
        }
    }

    private static string Title(X12Transaction tx) => tx switch
    {
        ClaimTransaction837 c => c.IsInstitutional ? "837I institutional claims" : "837P professional claims",
        RemittanceTransaction835 => "835 remittance",
        EligibilityInquiry270 => "270 eligibility inquiry",
        EligibilityResponse271 => "271 eligibility response",
        ClaimStatusRequest276 => "276 claim status request",
        ClaimStatusResponse277 s => s.IsClaimAcknowledgment ? "277CA claim acknowledgment" : "277 claim status response",
        ServiceReview278 s => s.IsResponse ? "278 services review response" : "278 services review request",
        _ => tx.TransactionSetId,
    };

    private static void Claims(Printer o, ClaimTransaction837 tx)
    {
        o.Line(1, $"submitter {Name(tx.Submitter.Name)}; receiver {Name(tx.Receiver.Name)}");
        foreach (ClaimBillingProvider billing in tx.BillingProviders)
        {
            o.Line(1, $"billing provider {Name(billing.Provider.Name)}");
            foreach (ClaimSubscriber subscriber in billing.Subscribers)
            {
                o.Line(2, $"subscriber {Name(subscriber.Subscriber.Name)} ({subscriber.Information.PayerResponsibility}), payer {Name(subscriber.Payer.Name)}");
                foreach (ClaimInformation claim in subscriber.Claims)
                {
                    Claim(o, claim, 3);
                }

                foreach (ClaimPatient patient in subscriber.Patients)
                {
                    o.Line(3, $"patient {Name(patient.Patient.Name)} (relationship {patient.Relationship})");
                    foreach (ClaimInformation claim in patient.Claims)
                    {
                        Claim(o, claim, 4);
                    }
                }
            }
        }
    }

    private static void Claim(Printer o, ClaimInformation c, int depth)
    {
        o.Line(depth, $"claim {c.PatientControlNumber}: charge {Money(c.TotalCharge)}, facility {c.FacilityCode}:{c.FacilityCodeQualifier}, frequency {c.FrequencyCode}");
        if (c.HealthCareCodes.Count > 0)
        {
            o.Line(depth + 1, "codes " + string.Join(", ", c.HealthCareCodes.Select(h => $"{h.Qualifier}:{h.Code}")));
        }

        References(o, depth + 1, c.References);
        Dates(o, depth + 1, c.Dates);
        foreach (X12Party provider in c.Providers)
        {
            o.Line(depth + 1, $"provider {provider.Name.EntityIdentifier} {Name(provider.Name)}");
        }

        foreach (ClaimOtherSubscriber other in c.OtherSubscribers)
        {
            o.Line(depth + 1, $"other payer {Name(other.Payer?.Name)} ({other.Information.PayerResponsibility}) {Amounts(other.Amounts)} {Adjustments(other.Adjustments)}".TrimEnd());
        }

        foreach (ClaimServiceLine line in c.ServiceLines)
        {
            string pointers = line.DiagnosisPointers.Count > 0 ? $", diagnoses {string.Join(':', line.DiagnosisPointers)}" : string.Empty;
            o.Line(depth + 1, $"line {line.LineNumber}: {Procedure(line.Procedure)}{(line.RevenueCode is null ? "" : " rev " + line.RevenueCode)} charge {Money(line.Charge)} x {line.Units} {line.UnitBasis}{pointers}");
            Dates(o, depth + 2, line.Dates);
            foreach (ClaimLineAdjudication svd in line.Adjudications)
            {
                o.Line(depth + 2, $"paid by {svd.OtherPayerId}: {Money(svd.PaidAmount)} {Adjustments(svd.Adjustments)}".TrimEnd());
            }
        }

        Others(o, depth + 1, c.Other);
    }

    private static void Remittance(Printer o, RemittanceTransaction835 tx)
    {
        RemittancePayment p = tx.Payment;
        o.Line(1, $"payment {Money(p.TotalPayment)} {p.PaymentMethod} ({p.TransactionHandling}) dated {Date(p.PaymentDate) ?? p.PaymentDateText}, trace {tx.Trace?.ReferenceId}");
        o.Line(1, $"payer {Name(tx.Payer.Name)}; payee {Name(tx.Payee.Name)}");
        foreach (RemittanceClaim claim in tx.ClaimGroups.SelectMany(g => g.Claims))
        {
            o.Line(1, $"claim {claim.PatientControlNumber} status {claim.Status}: charge {Money(claim.TotalCharge)}, paid {Money(claim.PaidAmount)}, patient {Money(claim.PatientResponsibility)}, payer claim {claim.PayerClaimControlNumber}");
            if (claim.Adjustments.Count > 0)
            {
                o.Line(2, Adjustments(claim.Adjustments));
            }

            foreach (X12Name name in claim.Names)
            {
                o.Line(2, $"{name.EntityIdentifier} {Name(name)}");
            }

            if (claim.OutpatientAdjudication is { RemarkCodes.Count: > 0 } moa)
            {
                o.Line(2, "remarks " + string.Join(", ", moa.RemarkCodes));
            }

            foreach (RemittanceServiceLine line in claim.ServiceLines)
            {
                o.Line(2, $"line {Procedure(line.Procedure)}: charge {Money(line.Charge)}, paid {Money(line.PaidAmount)} {Adjustments(line.Adjustments)}".TrimEnd());
                if (line.Remarks.Count > 0)
                {
                    o.Line(3, "remarks " + string.Join(", ", line.Remarks.Select(r => $"{r.Qualifier}:{r.Code}")));
                }
            }
        }

        foreach (ProviderAdjustment plb in tx.ProviderAdjustments)
        {
            o.Line(1, $"provider adjustment {plb.ProviderId}: " + string.Join(", ", plb.Adjustments.Select(a => $"{a.ReasonCode} {Money(a.Amount)}")));
        }
    }

    private static void Eligibility(Printer o, List<EligibilitySource> sources)
    {
        foreach (EligibilitySource source in sources)
        {
            o.Line(1, $"source {Name(source.Source.Name)}");
            Rejections(o, 2, source.Rejections);
            foreach (EligibilityReceiver receiver in source.Receivers)
            {
                o.Line(2, $"receiver {Name(receiver.Receiver.Name)}");
                Rejections(o, 3, receiver.Rejections);
                foreach (EligibilityMember subscriber in receiver.Subscribers)
                {
                    Member(o, subscriber, 3);
                    foreach (EligibilityMember dependent in subscriber.Dependents)
                    {
                        Member(o, dependent, 4);
                    }
                }
            }
        }
    }

    private static void Member(Printer o, EligibilityMember m, int depth)
    {
        o.Line(depth, $"{(m.LevelCode == "23" ? "dependent" : "subscriber")} {Name(m.Member.Name)} born {Date(m.Member.Demographics?.BirthDate)}");
        Dates(o, depth + 1, m.Member.Dates);
        Rejections(o, depth + 1, m.Rejections);
        foreach (EligibilityInquiryItem eq in m.Inquiries)
        {
            o.Line(depth + 1, $"asks service types {string.Join(',', eq.ServiceTypes)} {Procedure(eq.Procedure)}".TrimEnd());
        }

        foreach (EligibilityBenefit eb in m.Benefits)
        {
            var parts = new List<string> { $"EB {eb.InformationCode}" };
            Add(parts, "level", eb.CoverageLevel);
            Add(parts, "services", eb.ServiceTypes.Count > 0 ? string.Join(',', eb.ServiceTypes) : null);
            Add(parts, "insurance", eb.InsuranceType);
            Add(parts, "plan", eb.PlanDescription);
            Add(parts, "period", eb.TimePeriod);
            Add(parts, "amount", eb.Amount is decimal a ? Money(a) : null);
            Add(parts, "percent", eb.Percent?.ToString(CultureInfo.InvariantCulture));
            Add(parts, "in network", eb.InPlanNetwork);
            o.Line(depth + 1, string.Join(", ", parts));
            Rejections(o, depth + 2, eb.Rejections);
            foreach (X12Party entity in eb.RelatedEntities)
            {
                o.Line(depth + 2, $"related {entity.Name.EntityIdentifier} {Name(entity.Name)}");
            }
        }
    }

    private static void StatusLevels(Printer o, List<ClaimStatusLevel> levels, int depth)
    {
        foreach (ClaimStatusLevel level in levels)
        {
            o.Line(depth, $"level {level.LevelCode} {Name(level.Party?.Name)}".TrimEnd());
            Statuses(o, depth + 1, level.Statuses);
            foreach (ClaimStatusClaim claim in level.Claims)
            {
                o.Line(depth + 1, $"claim trace {claim.Trace?.ReferenceId}, payer claim {claim.PayerClaimControlNumber}");
                Statuses(o, depth + 2, claim.Statuses);
                foreach (ClaimStatusServiceLine line in claim.ServiceLines)
                {
                    o.Line(depth + 2, $"line {Procedure(line.Procedure)} charge {Money(line.Charge)}");
                    Statuses(o, depth + 3, line.Statuses);
                }
            }

            StatusLevels(o, level.Children, depth + 1);
        }
    }

    private static void Statuses(Printer o, int depth, List<ClaimStatusInformation> statuses)
    {
        foreach (ClaimStatusInformation s in statuses)
        {
            string codes = string.Join(" ", s.Codes.Select(c => $"{c.Category}:{c.Status}{(c.Entity is null ? "" : ":" + c.Entity)}"));
            o.Line(depth, $"status {codes} on {Date(s.EffectiveDate)}{(s.ChargeAmount is decimal c ? $", charge {Money(c)}" : "")}{(s.PaymentAmount is decimal p ? $", paid {Money(p)}" : "")}");
        }
    }

    private static void ReviewLevels(Printer o, List<ServiceReviewLevel> levels, int depth)
    {
        foreach (ServiceReviewLevel level in levels)
        {
            o.Line(depth, $"level {level.LevelCode} {string.Join("; ", level.Parties.Select(p => $"{p.Name.EntityIdentifier} {Name(p.Name)}"))}".TrimEnd());
            if (level.Review is { } um)
            {
                o.Line(depth + 1, $"review {um.RequestCategory}, certification {um.CertificationType}, service type {um.ServiceType}");
            }

            if (level.Decision is { } hcr)
            {
                o.Line(depth + 1, $"decision {hcr.ActionCode}, authorization {hcr.AuthorizationNumber}{(hcr.ReasonCode is null ? "" : ", reason " + hcr.ReasonCode)}");
            }

            if (level.Service is { } sv)
            {
                o.Line(depth + 1, $"service {Procedure(sv.Procedure)} x {sv.Units} {sv.UnitBasis}");
            }

            Rejections(o, depth + 1, level.Rejections);
            ReviewLevels(o, level.Children, depth + 1);
        }
    }

    private static void References(Printer o, int depth, List<X12Reference> references)
    {
        if (references.Count > 0)
        {
            o.Line(depth, "references " + string.Join(", ", references.Select(r => $"{r.Qualifier} {r.Value}")));
        }
    }

    private static void Dates(Printer o, int depth, List<X12DateValue> dates)
    {
        if (dates.Count > 0)
        {
            o.Line(depth, "dates " + string.Join(", ", dates.Select(d => $"{d.Qualifier} {Date(d.Date) ?? d.Text}{(d.EndDate is null ? "" : " to " + Date(d.EndDate))}")));
        }
    }

    private static void Rejections(Printer o, int depth, List<X12Rejection> rejections)
    {
        foreach (X12Rejection a in rejections)
        {
            o.Line(depth, $"rejected: reason {a.RejectReason}, follow-up {a.FollowUpAction}");
        }
    }

    private static void Others(Printer o, int depth, List<X12RawSegment> other)
    {
        if (other.Count > 0)
        {
            o.Line(depth, "kept as sent: " + string.Join(" | ", other));
        }
    }

    private static string Adjustments(List<X12Adjustment> adjustments) =>
        string.Join(", ", adjustments.Select(a => $"{a.GroupCode}-{a.ReasonCode} {Money(a.Amount)}"));

    private static string Amounts(List<X12Amount> amounts) =>
        string.Join(", ", amounts.Select(a => $"{a.Qualifier} {Money(a.Amount)}"));

    private static void Add(List<string> parts, string label, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{label} {value}");
        }
    }

    private static string Procedure(X12Procedure? p) =>
        p is null ? string.Empty : p.Modifiers.Count == 0 ? $"{p.Qualifier}:{p.Code}" : $"{p.Qualifier}:{p.Code}:{string.Join(':', p.Modifiers)}";

    private static string Name(X12Name? n) =>
        n is null ? "(none)" : string.Join(' ', new[] { n.LastOrOrganizationName, n.FirstName, n.IdentifierQualifier is null ? null : $"[{n.IdentifierQualifier} {n.Identifier}]" }.Where(s => s is not null));

    private static string Money(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Printer(TextWriter output)
    {
        public void Line(int depth, string text)
        {
            output.Write(new string(' ', depth * 2));
            output.WriteLine(text);
        }
    }
}
