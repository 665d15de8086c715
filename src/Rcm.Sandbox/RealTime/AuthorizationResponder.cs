using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;
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

    public void Respond(X12Writer w, EdiTransaction request)
    {
        DateTimeOffset now = _clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        List<EdiSegment> body = [.. request.Body];
        EdiSegment? bht = body.FirstOrDefault(s => s.Is("BHT"));
        EdiSegment? umo = body.FirstOrDefault(s => s.Is("NM1") && s[1] is "X3" or "PR");
        EdiSegment? requester = body.FirstOrDefault(s => s.Is("NM1") && s[1] is "1P" or "FA");
        EdiSegment? subscriber = body.FirstOrDefault(s => s.Is("NM1") && s[1] == "IL");
        EdiSegment? dependent = body.FirstOrDefault(s => s.Is("NM1") && s[1] == "QC");
        EdiSegment? service = body.FirstOrDefault(s => s.Is("SV1") || s.Is("SV2"));
        EdiSegment? serviceDates = body.FirstOrDefault(s => s.Is("DTP") && s[1] is "472" or "AAH");
        EdiSegment? trace = body.FirstOrDefault(s => s.Is("TRN"));
        string procedure = service is null ? string.Empty : service.Is("SV1") ? service.Component(1, 2) : service.Component(2, 2);
        (DateOnly From, DateOnly To) dates = serviceDates is null ? (today, today.AddDays(90)) : EdiFormat.ParseRange(serviceDates[3]) ?? (today, today.AddDays(90));

        PayerProfile? payer = _payers.Find(umo?[9]);
        List<EdiSegment> dmg = [.. body.Where(s => s.Is("DMG"))];
        DateOnly? birth = EdiFormat.ParseDate((dependent is not null && dmg.Count > 1 ? dmg[1] : dmg.FirstOrDefault())?[2] ?? string.Empty);
        MemberMatch match = payer is null || subscriber is null
            ? MemberMatch.NotFound
            : _members.Find(payer.Id, subscriber[9], dependent?[3] ?? subscriber[3], dependent?[4] ?? subscriber[4], birth);

        w.BeginTransaction("278", null, "005010X217");
        // X217 BHT: 0007 structure, 11 response.
        w.WriteSegment("BHT", "0007", "11", bht?[3] ?? "0", EdiFormat.Date(today), EdiFormat.Time(now));
        w.WriteSegment("HL", "1", null, "20", "1");
        w.WriteSegment("NM1", "X3", "2", payer?.Name.ToUpperInvariant() ?? umo?[3] ?? "UNKNOWN", null, null, null, null, "PI", umo?[9] is { Length: > 0 } u ? u : "UNKNOWN");
        if (payer is null)
        {
            w.WriteSegment("AAA", "N", null, "79", "N");
        }

        w.WriteSegment("HL", "2", "1", "21", "1");
        w.WriteSegment("NM1", "1P", "2", requester?[3] ?? "PROVIDER", null, null, null, null, "XX", requester?[9] is { Length: > 0 } r ? r : "0000000000");
        w.WriteSegment("HL", "3", "2", "22", "1");
        w.WriteSegment("NM1", "IL", "1", subscriber?[3] ?? string.Empty, subscriber?[4], null, null, null, "MI", subscriber?[9] is { Length: > 0 } m ? m : "UNKNOWN");
        Member? member = match.Found ? match.Member : null;
        if (payer is not null && member is null)
        {
            // X217 2010C AAA03 75: subscriber/insured not found.
            w.WriteSegment("AAA", "N", null, match.NameMismatch ? "73" : "75", "C");
        }

        w.WriteSegment("HL", "4", "3", "EV", "0");
        if (trace is not null)
        {
            w.WriteSegment("TRN", "2", trace[2], trace[3]);
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
