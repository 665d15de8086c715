using Rcm.Sandbox.Edi;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.Batch;

/// <summary>
/// Writes the 999 implementation acknowledgment (005010X231A1) for one functional group of an inbound 837: AK2/IK5
/// per transaction set, AK9 for the group. The sandbox's front-end syntax checks are the ones clearinghouses reject
/// most: a wrong transaction set, a version the payer does not take, an SE count that does not match, no claims.
/// </summary>
public static class AcknowledgmentWriter
{
    public static void Write(X12Writer w, EdiSegment? gs, IReadOnlyList<TransactionCheck> checks)
    {
        w.BeginTransaction("999", null, "005010X231A1");
        w.WriteSegment("AK1", gs?[1] ?? "HC", gs?[6] ?? "0", gs?[8] ?? "005010X222A1");
        foreach (TransactionCheck check in checks)
        {
            w.WriteSegment("AK2", check.SetId, check.ControlNumber, check.Version);
            foreach (TransactionError error in check.Errors)
            {
                if (error.SegmentId is not null)
                {
                    // IK3: segment id, position in the set, loop (omitted), segment syntax error code.
                    w.WriteSegment("IK3", error.SegmentId, error.Position.ToString(), null, error.SegmentCode);
                }
            }

            // IK5: A accepted, R rejected; IK502 = implementation transaction set syntax error code.
            w.WriteSegment("IK5", check.Accepted ? "A" : "R", check.Accepted ? null : check.Errors[0].TransactionCode);
        }

        int accepted = checks.Count(c => c.Accepted);
        string groupStatus = accepted == checks.Count ? "A" : accepted == 0 ? "R" : "P";
        w.WriteSegment("AK9", groupStatus, checks.Count.ToString(), checks.Count.ToString(), accepted.ToString());
        w.EndTransaction();
    }
}
