using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.ServiceReview;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.RealTime;

/// <summary>
/// Answers a 278 request with a 278 response (005010X217). The requested service (SV1/SV2 or the 2000F HI/UM) is
/// decided per the payer's list and the member: a case already on file is reported as it stands; a new request for
/// a member with coverage is certified (HCR A1 with a new number) unless the member's claims go to long review, in
/// which case it pends (A4); no coverage on the service date gives A3 not certified; unknown members AAA 75.
/// </summary>
public sealed class AuthorizationResponder
{
    private readonly PayerCatalog _payers;
    private readonly MemberDirectory _members;
    private readonly AuthorizationBook _book;
    private readonly TimeProvider _clock;

    public AuthorizationResponder(PayerCatalog payers, MemberDirectory members, AuthorizationBook book, TimeProvider clock)
    {
        _payers = payers;
        _members = members;
        _book = book;
        _clock = clock;
    }

    public void Respond(X12Writer w, ServiceReview278 request)
    {
        DateTimeOffset now = _clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        static IEnumerable<ServiceReviewLevel> All(IEnumerable<ServiceReviewLevel> levels) => levels.SelectMany(l => All(l.Children).Prepend(l));
        List<ServiceReviewLevel> levels = [.. All(request.Levels)];
        X12Party? Party(string level, params string[] entities) =>
            levels.Where(l => l.LevelCode == level).SelectMany(l => l.Parties).FirstOrDefault(p => entities.Contains(p.Name.EntityIdentifier));
        X12Name? umo = Party("20", "X3", "PR")?.Name;
        X12Name? requester = Party("21", "1P", "FA")?.Name;
        X12Party? subscriberParty = Party("22", "IL");
        X12Party? dependentParty = Party("23", "QC");
        X12Name? subscriber = subscriberParty?.Name;
        X12Name? dependent = dependentParty?.Name;
        X12TraceNumber? trace = levels.SelectMany(l => l.TraceNumbers).FirstOrDefault();
        ServiceReviewService? service = levels.Select(l => l.Service).FirstOrDefault(s => s is not null);
        X12DateValue? serviceDates = levels.SelectMany(l => l.Dates).FirstOrDefault(d => d.Qualifier is "472" or "AAH");
        string procedure = service?.Procedure?.Code ?? service?.RevenueCode ?? string.Empty;
        (DateOnly From, DateOnly To) dates = serviceDates?.Date is { } from ? (from, serviceDates.EndDate ?? from) : (today, today.AddDays(90));

        PayerProfile? payer = _payers.Find(umo?.Identifier);
        DateOnly? birth = (dependentParty ?? subscriberParty)?.Demographics?.BirthDate;
        MemberMatch match = payer is null || subscriber is null
            ? MemberMatch.NotFound
            : _members.Find(payer.Id, subscriber.Identifier ?? string.Empty, dependent?.LastOrOrganizationName ?? subscriber.LastOrOrganizationName, dependent?.FirstName ?? subscriber.FirstName, birth);

        w.BeginTransaction("278", null, "005010X217");
        // X217 BHT: 0007 structure, 11 response.
        w.WriteSegment("BHT", "0007", "11", request.Header.ReferenceId is { Length: > 0 } reference ? reference : "0", EdiFormat.Date(today), EdiFormat.Time(now));
        w.WriteSegment("HL", "1", null, "20", "1");
        w.WriteSegment("NM1", "X3", "2", payer?.Name.ToUpperInvariant() ?? umo?.LastOrOrganizationName ?? "UNKNOWN", null, null, null, null, "PI", umo?.Identifier is { Length: > 0 } u ? u : "UNKNOWN");
        if (payer is null)
        {
            w.WriteSegment("AAA", "N", null, "79", "N");
        }

        w.WriteSegment("HL", "2", "1", "21", "1");
        w.WriteSegment("NM1", "1P", "2", requester?.LastOrOrganizationName ?? "PROVIDER", null, null, null, null, "XX", requester?.Identifier is { Length: > 0 } r ? r : "0000000000");
        w.WriteSegment("HL", "3", "2", "22", "1");
        w.WriteSegment("NM1", "IL", "1", subscriber?.LastOrOrganizationName ?? string.Empty, subscriber?.FirstName, null, null, null, "MI", subscriber?.Identifier is { Length: > 0 } m ? m : "UNKNOWN");
        Member? member = match.Found ? match.Member : null;
        if (payer is not null && member is null)
        {
            // X217 2010C AAA03 75: subscriber/insured not found.
            w.WriteSegment("AAA", "N", null, match.NameMismatch ? "73" : "75", "C");
        }

        w.WriteSegment("HL", "4", "3", "EV", "0");
        if (trace is not null)
        {
            w.WriteSegment("TRN", "2", trace.ReferenceId, trace.OriginatorId);
        }

        w.WriteSegment("UM", "HS", "I", "1");
        if (member is not null && payer is not null)
        {
            AuthorizationCase decision = Decide(payer, member, procedure, dates);
            // HCR: action code, certification number (A1), reason (A3: 35 out of network / not covered here).
            w.WriteSegment("HCR", decision.Status, decision.Status is "A1" or "A4" ? decision.Number : null, decision.Status == "A3" ? "35" : null);
            w.WriteSegment("DTP", "472", "RD8", EdiFormat.Range(decision.From, decision.To));
            if (procedure.Length > 0)
            {
                w.WriteSegment("MSG", $"{decision.Status switch { "A1" => "CERTIFIED", "A4" => "PENDED FOR CLINICAL REVIEW", _ => "NOT CERTIFIED" }} {procedure} REF {decision.Number}");
            }
        }

        w.EndTransaction();
    }

    private AuthorizationCase Decide(PayerProfile payer, Member member, string procedure, (DateOnly From, DateOnly To) dates)
    {
        AuthorizationCase? existing = _book.For(member).LastOrDefault(a => a.Procedure == procedure && a.To >= dates.From);
        if (existing is not null)
        {
            return existing;
        }

        string status = !member.IsCoveredOn(dates.From) || payer.NonCoveredProcedures.Contains(procedure)
            ? "A3"
            : member.PendsLong ? "A4" : "A1";
        return _book.Add(member, procedure, status, dates.From, dates.To, 1);
    }
}
