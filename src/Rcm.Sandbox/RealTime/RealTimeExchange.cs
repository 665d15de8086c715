using Rcm.Sandbox.Edi;
using Rcm.X12;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.ClaimStatus;
using Rcm.X12.Transactions.Eligibility;
using Rcm.X12.Transactions.ServiceReview;

namespace Rcm.Sandbox.RealTime;

/// <summary>
/// One real-time request in, one response out, as CAQH CORE connectivity expects: 270→271, 276→277, 278→278, all
/// transaction sets of a request answered in one interchange addressed back to the sender.
/// </summary>
public sealed class RealTimeExchange
{
    private readonly EligibilityResponder _eligibility;
    private readonly ClaimStatusResponder _claimStatus;
    private readonly AuthorizationResponder _authorization;
    private readonly EdiOutput _output;

    public RealTimeExchange(EligibilityResponder eligibility, ClaimStatusResponder claimStatus, AuthorizationResponder authorization, EdiOutput output)
    {
        _eligibility = eligibility;
        _claimStatus = claimStatus;
        _authorization = authorization;
        _output = output;
    }

    /// <summary>
    /// Answers <paramref name="request"/>. Returns the payer the request was for (for fault injection and logs) and the
    /// response bytes, or an error a caller can show (unreadable X12, unsupported transaction).
    /// </summary>
    public RealTimeResult Handle(ReadOnlySpan<byte> request)
    {
        EdiDocument document;
        try
        {
            document = EdiDocument.Parse(request);
        }
        catch (X12FormatException e)
        {
            return RealTimeResult.Failure($"The payload is not readable X12: {e.Message}", e.Code);
        }

        List<EdiTransaction> transactions = [.. document.Transactions()];
        if (transactions.Count == 0)
        {
            return RealTimeResult.Failure("The payload holds no transaction set (ST..SE).", "SBX001");
        }

        string setId = transactions[0].SetId;
        if (transactions.Any(t => t.SetId != setId))
        {
            return RealTimeResult.Failure("A real-time request carries one kind of transaction set only.", "SBX002");
        }

        string? payerId = transactions[0].Body.FirstOrDefault(s => s.Is("NM1") && s[1] is "PR" or "X3")?[9];
        EdiTransaction first = transactions[0];
        var sender = EdiParty.ReceiverOf(first.Isa);
        var receiver = EdiParty.SenderOf(first.Isa);
        bool test = first.Isa?[15] == "T";
        // Typed 270/276/278 from Rcm.X12 carry the questions; one response set answers each request set.
        List<X12Transaction> typed = setId is "270" or "276" or "278" ? [.. X12TransactionParser.Parse(request).Transactions] : [];
        byte[] response = setId switch
        {
            "270" => _output.Write(sender, receiver, "HB", "005010X279A1", w =>
            {
                foreach (EligibilityInquiry270 inquiry in typed.OfType<EligibilityInquiry270>())
                {
                    _eligibility.Respond(w, inquiry);
                }
            }, test),
            "276" => _output.Write(sender, receiver, "HN", "005010X212", w =>
            {
                foreach (ClaimStatusRequest276 question in typed.OfType<ClaimStatusRequest276>())
                {
                    _claimStatus.Respond(w, question);
                }
            }, test),
            "278" => _output.Write(sender, receiver, "HI", "005010X217", w =>
            {
                foreach (ServiceReview278 review in typed.OfType<ServiceReview278>())
                {
                    _authorization.Respond(w, review);
                }
            }, test),
            _ => [],
        };
        if (response.Length == 0)
        {
            return RealTimeResult.Failure($"Transaction set {setId} is not a real-time request (send 270, 276 or 278).", "SBX003");
        }

        return new RealTimeResult(payerId, setId, response, null, null);
    }
}
