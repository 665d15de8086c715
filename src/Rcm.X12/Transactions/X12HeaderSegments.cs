using Rcm.X12.Reading;
using Rcm.X12.Writing;

namespace Rcm.X12.Transactions;

/// <summary>Reads and writes BHT, SBR and MOA, which several families share.</summary>
internal static class X12HeaderSegments
{
    public static X12BeginningOfTransaction Beginning(X12FieldDecoder d, ref X12SegmentReader r)
    {
        DateOnly? date = X12FieldDecoder.Date(r.Element(4));
        return new X12BeginningOfTransaction
        {
            StructureCode = d.Required(ref r, 1),
            Purpose = d.Required(ref r, 2),
            ReferenceId = d.Element(ref r, 3),
            Date = date,
            DateText = date is null ? d.Element(ref r, 4) : null,
            Time = d.Element(ref r, 5),
            TransactionType = d.Element(ref r, 6),
        };
    }

    public static void WriteBeginning(X12Writer w, X12BeginningOfTransaction b)
    {
        w.BeginSegment("BHT"u8);
        w.WriteElement(b.StructureCode);
        w.WriteElement(b.Purpose);
        w.WriteElement(b.ReferenceId);
        if (b.Date is null)
        {
            w.WriteElement(b.DateText);
        }
        else
        {
            w.WriteDate(b.Date);
        }

        w.WriteElement(b.Time);
        w.WriteElement(b.TransactionType);
        w.EndSegment();
    }

    public static X12SubscriberInformation Subscriber(X12FieldDecoder d, ref X12SegmentReader r) => new()
    {
        PayerResponsibility = d.Required(ref r, 1),
        Relationship = d.Element(ref r, 2),
        GroupNumber = d.Element(ref r, 3),
        GroupName = d.Element(ref r, 4),
        InsuranceType = d.Element(ref r, 5),
        ClaimFilingIndicator = d.Element(ref r, 9),
    };

    public static void WriteSubscriber(X12Writer w, X12SubscriberInformation s) =>
        w.WriteSegment("SBR", s.PayerResponsibility, s.Relationship, s.GroupNumber, s.GroupName, s.InsuranceType, null, null, null, s.ClaimFilingIndicator);

    public static X12OutpatientAdjudication OutpatientAdjudication(X12FieldDecoder d, ref X12SegmentReader r)
    {
        var moa = new X12OutpatientAdjudication
        {
            ReimbursementRate = X12FieldDecoder.Decimal(r.Element(1)),
            PayableAmount = X12FieldDecoder.Decimal(r.Element(2)),
            EsrdPaymentAmount = X12FieldDecoder.Decimal(r.Element(8)),
            NonPayableProfessionalComponent = X12FieldDecoder.Decimal(r.Element(9)),
        };
        for (int position = 3; position <= 7; position++)
        {
            if (d.Element(ref r, position) is string code)
            {
                moa.RemarkCodes.Add(code);
            }
        }

        return moa;
    }

    public static void WriteOutpatientAdjudication(X12Writer w, X12OutpatientAdjudication? moa)
    {
        if (moa is null)
        {
            return;
        }

        w.BeginSegment("MOA"u8);
        w.WriteDecimal(moa.ReimbursementRate);
        w.WriteDecimal(moa.PayableAmount);
        for (int i = 0; i < 5; i++)
        {
            w.WriteElement(i < moa.RemarkCodes.Count ? moa.RemarkCodes[i] : null);
        }

        w.WriteDecimal(moa.EsrdPaymentAmount);
        w.WriteDecimal(moa.NonPayableProfessionalComponent);
        w.EndSegment();
    }
}
