using Rcm.X12.Reading;
using static Rcm.X12.Transactions.X12CommonSegments;

namespace Rcm.X12.Transactions.Claims;

// Loops 2400 (service line), 2410 (drug identification) and 2430 (line adjudication).
internal sealed partial class Claim837Mapper
{
    private bool LineSegment(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        ClaimServiceLine line = _line!;
        ReadOnlySpan<byte> id = r.SegmentId;
        _scope = Scope.Line;
        if (id.SequenceEqual("SV1"u8))
        {
            byte separator = r.Delimiters.Component;
            line.Procedure = Procedure(d, r.Element(1), separator);
            line.Charge = X12FieldDecoder.Decimal(r.Element(2)) ?? 0m;
            line.UnitBasis = d.Element(ref r, 3);
            line.Units = X12FieldDecoder.Decimal(r.Element(4));
            line.PlaceOfService = d.Element(ref r, 5);
            ReadOnlySpan<byte> pointers = r.Element(7);
            foreach (Range range in pointers.Split(separator))
            {
                // SV107 pointers are integers (N0); senders sometimes send 1.00, which still means pointer 1.
                if (X12FieldDecoder.Decimal(pointers[range]) is decimal pointer && pointer == decimal.Truncate(pointer) && pointer is >= 1 and <= 99)
                {
                    line.DiagnosisPointers.Add((int)pointer);
                }
            }

            line.Emergency = d.Element(ref r, 9);
            line.Epsdt = d.Element(ref r, 11);
            line.FamilyPlanning = d.Element(ref r, 12);
            line.CopayStatus = d.Element(ref r, 15);
        }
        else if (id.SequenceEqual("SV2"u8))
        {
            line.RevenueCode = d.Element(ref r, 1);
            line.Procedure = Procedure(d, r.Element(2), r.Delimiters.Component);
            line.Charge = X12FieldDecoder.Decimal(r.Element(3)) ?? 0m;
            line.UnitBasis = d.Element(ref r, 4);
            line.Units = X12FieldDecoder.Decimal(r.Element(5));
            line.NonCoveredCharge = X12FieldDecoder.Decimal(r.Element(7));
        }
        else if (id.SequenceEqual("DTP"u8))
        {
            line.Dates.Add(Date(d, ref r));
        }
        else if (id.SequenceEqual("REF"u8))
        {
            line.References.Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("AMT"u8))
        {
            line.Amounts.Add(Amount(d, ref r));
        }
        else if (id.SequenceEqual("NTE"u8))
        {
            line.Notes.Add(Note(d, ref r));
        }
        else if (id.SequenceEqual("LIN"u8))
        {
            line.Drug = new ClaimDrugIdentification { ProductIdQualifier = d.Required(ref r, 2), ProductId = d.Required(ref r, 3) };
            _scope = Scope.Drug;
        }
        else if (id.SequenceEqual("SVD"u8))
        {
            _adjudication = new ClaimLineAdjudication
            {
                OtherPayerId = d.Required(ref r, 1),
                PaidAmount = X12FieldDecoder.Decimal(r.Element(2)) ?? 0m,
                Procedure = Procedure(d, r.Element(3), r.Delimiters.Component),
                RevenueCode = d.Element(ref r, 4),
                Units = X12FieldDecoder.Decimal(r.Element(5)),
                BundledLineNumber = d.Element(ref r, 6),
            };
            line.Adjudications.Add(_adjudication);
            _scope = Scope.LineAdjudication;
        }
        else
        {
            return false;
        }

        return true;
    }

    private bool DrugSegment(ref X12SegmentReader r)
    {
        ClaimDrugIdentification drug = _line!.Drug!;
        if (r.SegmentIs("CTP"u8))
        {
            drug.Quantity = X12FieldDecoder.Decimal(r.Element(4));
            drug.UnitOfMeasure = Decoder.Component(ref r, 5, 1);
            return true;
        }

        if (r.SegmentIs("REF"u8))
        {
            drug.References.Add(Reference(Decoder, ref r));
            return true;
        }

        return false;
    }

    private bool AdjudicationSegment(ref X12SegmentReader r)
    {
        ClaimLineAdjudication adjudication = _adjudication!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("CAS"u8))
        {
            Adjustments(Decoder, ref r, adjudication.Adjustments);
        }
        else if (id.SequenceEqual("DTP"u8))
        {
            adjudication.Dates.Add(Date(Decoder, ref r));
        }
        else if (id.SequenceEqual("AMT"u8))
        {
            adjudication.Amounts.Add(Amount(Decoder, ref r));
        }
        else
        {
            return LineSegment(ref r);
        }

        return true;
    }
}
