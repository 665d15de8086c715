using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Payers;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.Batch;

/// <summary>
/// Writes one 835 (005010X221A1) per payee: BPR/TRN for the payment, payer and payee, then a CLP per claim with its
/// service lines (SVC, DTM*472, CAS grouped by group code, AMT*B6 allowed, LQ*HE remarks). It balances by
/// construction: per line charge − paid = CAS; per claim CLP03 − CLP04 = line CAS; BPR02 = Σ CLP04 − Σ PLB, a
/// negative net (a reversal bigger than the new payments) carried forward with PLB FB.
/// </summary>
public static class RemittanceWriter
{
    public static void Write(X12Writer w, PayerProfile payer, string trace, DateOnly paymentDate, string payeeNpi, string payeeName, IReadOnlyList<RemittanceItem> items)
    {
        decimal claimsPaid = items.Sum(i => i.Outcome.Paid);
        decimal forward = claimsPaid < 0 ? claimsPaid : 0;
        decimal payment = claimsPaid - forward;

        // X221A1 ST03 is not used in the 835.
        w.BeginTransaction("835");
        if (payment > 0)
        {
            // BPR01 I: remittance with payment; C credit; CHK check (payment date in BPR16).
            w.WriteSegment("BPR", "I", EdiFormat.Amount(payment), "C", "CHK", null, null, null, null, null, null, null, null, null, null, null, EdiFormat.Date(paymentDate));
        }
        else
        {
            // BPR01 H: notification only (denials, or a reversal carried forward); NON: no payment.
            w.WriteSegment("BPR", "H", "0", "C", "NON", null, null, null, null, null, null, null, null, null, null, null, EdiFormat.Date(paymentDate));
        }

        w.WriteSegment("TRN", "1", trace, "1" + PayerTaxId(payer));
        w.WriteSegment("DTM", "405", EdiFormat.Date(paymentDate));
        w.WriteSegment("N1", "PR", payer.Name.ToUpperInvariant());
        w.WriteSegment("N3", "100 SANDBOX WAY");
        w.WriteSegment("N4", "SPRINGFIELD", "IL", "62701");
        w.WriteSegment("PER", "BL", "EDI SUPPORT", "TE", "8005550100");
        w.WriteSegment("N1", "PE", string.IsNullOrEmpty(payeeName) ? "PROVIDER" : payeeName, "XX", string.IsNullOrEmpty(payeeNpi) ? "0000000000" : payeeNpi);
        w.WriteSegment("LX", "1");
        foreach (RemittanceItem item in items)
        {
            WriteClaim(w, payer, item);
        }

        if (forward != 0)
        {
            // PLB03 FB forwarding balance: a negative adjustment raises the payment to zero; recovered from later checks.
            w.WriteSegment("PLB", string.IsNullOrEmpty(payeeNpi) ? "0000000000" : payeeNpi, $"{paymentDate.Year}1231", w.Composite("FB", trace), EdiFormat.Amount(forward));
        }

        w.EndTransaction();
    }

    private static void WriteClaim(X12Writer w, PayerProfile payer, RemittanceItem item)
    {
        ClaimRecord record = item.Record;
        ClaimOutcome outcome = item.Outcome;
        SubmittedClaim c = record.Claim;
        w.WriteSegment(
            "CLP", c.ClaimId, outcome.Status, EdiFormat.Amount(outcome.Charge), EdiFormat.Amount(outcome.Paid),
            EdiFormat.Amount(outcome.PatientResponsibility), FilingIndicator(payer.Kind), record.ControlNumber,
            c.FacilityCode, c.Frequency);
        w.WriteSegment("NM1", "QC", "1", c.PatientLast.ToUpperInvariant(), c.PatientFirst.ToUpperInvariant(), null, null, null, "MI", c.MemberId);
        if (outcome.ClaimRemarks.Count > 0 && !c.Institutional)
        {
            string?[] moa = new string?[3 + outcome.ClaimRemarks.Count];
            for (int i = 0; i < outcome.ClaimRemarks.Count && i < 5; i++)
            {
                moa[2 + i] = outcome.ClaimRemarks[i];
            }

            w.WriteSegment("MOA", moa);
        }

        w.WriteSegment("DTM", "050", EdiFormat.Date(DateOnly.FromDateTime(record.ReceivedAt.UtcDateTime)));
        foreach (LineOutcome line in outcome.Lines)
        {
            SubmittedLine l = line.Line;
            string procedure = w.Composite(["HC", l.Procedure, .. l.Modifiers]);
            if (c.Institutional && l.RevenueCode is not null)
            {
                w.WriteSegment("SVC", procedure, EdiFormat.Amount(l.Charge), EdiFormat.Amount(line.Paid), l.RevenueCode, EdiFormat.Number(l.Units));
            }
            else
            {
                w.WriteSegment("SVC", procedure, EdiFormat.Amount(l.Charge), EdiFormat.Amount(line.Paid), null, EdiFormat.Number(l.Units));
            }

            w.WriteSegment("DTM", "472", EdiFormat.Date(l.ServiceDate));
            foreach (IGrouping<string, Adjustment> group in line.Adjustments.GroupBy(a => a.Group))
            {
                // CAS: one segment per group, up to six reason/amount pairs.
                var elements = new List<string?> { group.Key };
                foreach (Adjustment a in group.Take(6))
                {
                    elements.Add(a.Reason);
                    elements.Add(EdiFormat.Amount(a.Amount));
                    elements.Add(null);
                }

                while (elements.Count > 0 && elements[^1] is null)
                {
                    elements.RemoveAt(elements.Count - 1);
                }

                w.WriteSegment("CAS", [.. elements]);
            }

            if (l.ControlNumber is not null)
            {
                w.WriteSegment("REF", "6R", l.ControlNumber);
            }

            if (line.Allowed != 0)
            {
                w.WriteSegment("AMT", "B6", EdiFormat.Amount(line.Allowed));
            }

            foreach (string remark in line.Remarks)
            {
                w.WriteSegment("LQ", "HE", remark);
            }
        }
    }

    /// <summary>CLP06 claim filing indicator (X221A1 list): MB Medicare Part B, MC Medicaid, 12 PPO, HM HMO.</summary>
    private static string FilingIndicator(PayerKind kind) => kind switch
    {
        PayerKind.Medicare => "MB",
        PayerKind.MedicaidManagedCare => "MC",
        PayerKind.Commercial => "12",
        _ => "HM",
    };

    // A stable, obviously synthetic nine-digit payer tax id derived from the payer id.
    private static string PayerTaxId(PayerProfile payer) =>
        "99" + Math.Abs(payer.Id.Aggregate(17, (h, ch) => (h * 31) + ch) % 10_000_000).ToString("D7");
}
