using Rcm.X12.Transactions.Claims;
using Rcm.X12.Writing;
using static Rcm.X12.Transactions.X12CommonSegmentWriter;

namespace Rcm.X12.Transactions.Remittance;

/// <summary>Writes a <see cref="RemittanceTransaction835"/> as an 835 transaction set in 005010X221A1 segment order.</summary>
public static class Remittance835Writer
{
    public static void Write(X12Writer w, RemittanceTransaction835 tx)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(tx);
        // X221A1: ST03 is not used in the 835; the version travels in GS08 only.
        w.BeginTransaction("835", Claim837Writer.NullIfEmpty(tx.ControlNumber));
        RemittancePayment p = tx.Payment;
        w.BeginSegment("BPR"u8);
        w.WriteElement(p.TransactionHandling);
        w.WriteDecimal(p.TotalPayment);
        w.WriteElement(p.CreditDebit);
        w.WriteElement(p.PaymentMethod);
        w.WriteElement(p.PaymentFormat);
        w.WriteElement(p.SenderDfiQualifier);
        w.WriteElement(p.SenderDfiId);
        w.WriteElement(p.SenderAccountQualifier);
        w.WriteElement(p.SenderAccount);
        w.WriteElement(p.OriginatingCompanyId);
        w.WriteElement(p.OriginatingCompanySupplementalCode);
        w.WriteElement(p.ReceiverDfiQualifier);
        w.WriteElement(p.ReceiverDfiId);
        w.WriteElement(p.ReceiverAccountQualifier);
        w.WriteElement(p.ReceiverAccount);
        if (p.PaymentDate is null)
        {
            w.WriteElement(p.PaymentDateText);
        }
        else
        {
            w.WriteDate(p.PaymentDate);
        }

        w.EndSegment();
        if (tx.Trace is { } trace)
        {
            Trace(w, trace);
        }

        if (tx.Currency is not null)
        {
            w.WriteSegment("CUR", "PR", tx.Currency);
        }

        References(w, tx.References);
        Dates(w, tx.Dates);
        Raw(w, tx.Other);
        PartyN1(w, tx.Payer);
        PartyN1(w, tx.Payee);

        foreach (RemittanceClaimGroup group in tx.ClaimGroups)
        {
            if (group.HeaderNumber is not null)
            {
                w.WriteSegment("LX", group.HeaderNumber);
            }

            Raw(w, group.Other);
            foreach (RemittanceClaim claim in group.Claims)
            {
                WriteClaim(w, claim);
            }
        }

        foreach (ProviderAdjustment plb in tx.ProviderAdjustments)
        {
            WriteProviderAdjustment(w, plb);
        }

        w.EndTransaction();
    }

    private static void WriteClaim(X12Writer w, RemittanceClaim c)
    {
        w.BeginSegment("CLP"u8);
        w.WriteElement(c.PatientControlNumber);
        w.WriteElement(c.Status);
        w.WriteDecimal(c.TotalCharge);
        w.WriteDecimal(c.PaidAmount);
        w.WriteDecimal(c.PatientResponsibility);
        w.WriteElement(c.FilingIndicator);
        w.WriteElement(c.PayerClaimControlNumber);
        w.WriteElement(c.FacilityCode);
        w.WriteElement(c.FrequencyCode);
        w.WriteEmptyElement();
        w.WriteElement(c.DrgCode);
        w.WriteDecimal(c.DrgWeight);
        w.WriteDecimal(c.DischargeFraction);
        w.EndSegment();
        Adjustments(w, c.Adjustments);
        foreach (X12Name n in c.Names)
        {
            w.WriteSegment("NM1", n.EntityIdentifier, n.EntityType, n.LastOrOrganizationName, n.FirstName, n.MiddleName, n.Prefix, n.Suffix, n.IdentifierQualifier, n.Identifier);
        }

        if (c.InpatientAdjudication is { } mia)
        {
            Raw(w, mia.Segment);
        }

        X12HeaderSegments.WriteOutpatientAdjudication(w, c.OutpatientAdjudication);
        References(w, c.References);
        Dates(w, c.Dates);
        Contacts(w, c.Contacts);
        Amounts(w, c.Amounts);
        Quantities(w, c.Quantities);
        Raw(w, c.Other);
        foreach (RemittanceServiceLine line in c.ServiceLines)
        {
            w.BeginSegment("SVC"u8);
            Procedure(w, line.Procedure);
            w.WriteDecimal(line.Charge);
            w.WriteDecimal(line.PaidAmount);
            w.WriteElement(line.RevenueCode);
            w.WriteDecimal(line.Units);
            Procedure(w, line.SubmittedProcedure);
            w.WriteDecimal(line.SubmittedUnits);
            w.EndSegment();
            Dates(w, line.Dates);
            Adjustments(w, line.Adjustments);
            References(w, line.References);
            Amounts(w, line.Amounts);
            Quantities(w, line.Quantities);
            foreach (RemittanceRemark lq in line.Remarks)
            {
                w.WriteSegment("LQ", lq.Qualifier, lq.Code);
            }

            Raw(w, line.Other);
        }
    }

    private static void WriteProviderAdjustment(X12Writer w, ProviderAdjustment plb)
    {
        // X221A1 PLB: up to six adjustments per segment; more continue in another PLB for the same provider and date.
        int i = 0;
        do
        {
            w.BeginSegment("PLB"u8);
            w.WriteElement(plb.ProviderId);
            w.WriteDate(plb.FiscalPeriodDate);
            for (int n = 0; n < 6 && i < plb.Adjustments.Count; n++, i++)
            {
                ProviderAdjustmentItem item = plb.Adjustments[i];
                w.WriteElement(item.ReasonCode);
                w.WriteComponent(item.ReferenceId);
                w.WriteDecimal(item.Amount);
            }

            w.EndSegment();
        }
        while (i < plb.Adjustments.Count);
    }
}
