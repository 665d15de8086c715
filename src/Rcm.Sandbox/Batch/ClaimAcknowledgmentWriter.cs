using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Edi;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.Batch;

/// <summary>
/// Writes the 277CA claim acknowledgment (005010X214) for one received 837 transaction set: the clearinghouse as
/// information source (2000A), the submitter with file totals (2000B), billing providers (2000C) and one 2000D per
/// claim with its STC (A2:20 accepted, or an A3/A6/A7 rejection naming the entity at fault) and, when accepted, the
/// payer claim control number in REF*1K.
/// </summary>
public static class ClaimAcknowledgmentWriter
{
    public const string ClearinghouseName = "SANDBOX CLEARINGHOUSE";
    public const string ClearinghouseId = "SBXCH";

    public static void Write(X12Writer w, string batchId, string submitterId, DateTimeOffset receivedAt, DateTimeOffset now, IReadOnlyList<ClaimRecord> records)
    {
        string today = EdiFormat.Date(DateOnly.FromDateTime(now.UtcDateTime));
        w.BeginTransaction("277", null, "005010X214");
        // X214 BHT: 0085 structure, 08 status, TH receipt acknowledgment.
        w.WriteSegment("BHT", "0085", "08", batchId, today, EdiFormat.Time(now), "TH");
        w.WriteSegment("HL", "1", null, "20", "1");
        w.WriteSegment("NM1", "AY", "2", ClearinghouseName, null, null, null, null, "46", ClearinghouseId);
        w.WriteSegment("TRN", "1", batchId);
        w.WriteSegment("DTP", "050", "D8", EdiFormat.Date(DateOnly.FromDateTime(receivedAt.UtcDateTime)));
        w.WriteSegment("DTP", "009", "D8", today);

        w.WriteSegment("HL", "2", "1", "21", "1");
        w.WriteSegment("NM1", "41", "2", "SUBMITTER", null, null, null, null, "46", string.IsNullOrEmpty(submitterId) ? "UNKNOWN" : submitterId);
        w.WriteSegment("TRN", "2", records.Count > 0 ? records[0].Claim.TransactionControl : "0");
        List<ClaimRecord> accepted = [.. records.Where(r => r.State != ClaimState.Rejected)];
        List<ClaimRecord> rejected = [.. records.Where(r => r.State == ClaimState.Rejected)];
        w.WriteSegment("STC", "A1:19:PR", today, "WQ", EdiFormat.Amount(records.Sum(r => r.Claim.TotalCharge)));
        if (accepted.Count > 0)
        {
            w.WriteSegment("QTY", "90", accepted.Count.ToString());
        }

        if (rejected.Count > 0)
        {
            w.WriteSegment("QTY", "AA", rejected.Count.ToString());
        }

        if (accepted.Count > 0)
        {
            w.WriteSegment("AMT", "YU", EdiFormat.Amount(accepted.Sum(r => r.Claim.TotalCharge)));
        }

        if (rejected.Count > 0)
        {
            w.WriteSegment("AMT", "YY", EdiFormat.Amount(rejected.Sum(r => r.Claim.TotalCharge)));
        }

        int hl = 2;
        foreach (IGrouping<string, ClaimRecord> provider in records.GroupBy(r => r.Claim.BillingNpi))
        {
            int providerHl = ++hl;
            w.WriteSegment("HL", providerHl.ToString(), "2", "19", "1");
            ClaimRecord first = provider.First();
            w.WriteSegment("NM1", "85", "2", string.IsNullOrEmpty(first.Claim.BillingProviderName) ? "PROVIDER" : first.Claim.BillingProviderName, null, null, null, null, "XX", string.IsNullOrEmpty(provider.Key) ? "0000000000" : provider.Key);
            // X214 2200C TRN: the provider of service trace; 0 when the 837 carries none.
            w.WriteSegment("TRN", "1", "0");
            foreach (ClaimRecord record in provider)
            {
                w.WriteSegment("HL", (++hl).ToString(), providerHl.ToString(), "PT");
                SubmittedClaim c = record.Claim;
                w.WriteSegment("NM1", "QC", "1", c.PatientLast, c.PatientFirst, null, null, null, "MI", string.IsNullOrEmpty(c.MemberId) ? "UNKNOWN" : c.MemberId);
                w.WriteSegment("TRN", "2", c.ClaimId);
                bool ok = record.State != ClaimState.Rejected;
                // STC04 = claim charge; STC03 WQ accepted, U rejected (X214 2200D STC03 action code).
                w.WriteSegment("STC", record.AcknowledgmentStatus, today, ok ? "WQ" : "U", EdiFormat.Amount(c.TotalCharge));
                if (ok)
                {
                    w.WriteSegment("REF", "1K", record.ControlNumber);
                }

                if (c.Lines.Count > 0)
                {
                    w.WriteSegment("DTP", "472", "RD8", EdiFormat.Range(c.FirstServiceDate, c.LastServiceDate));
                }
            }
        }

        w.EndTransaction();
    }
}
