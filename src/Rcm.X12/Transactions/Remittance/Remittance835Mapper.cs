using Rcm.X12.Reading;
using static Rcm.X12.Transactions.X12CommonSegments;

namespace Rcm.X12.Transactions.Remittance;

/// <summary>Reads an 835 (005010X221A1) into <see cref="RemittanceTransaction835"/>, one segment at a time.</summary>
internal sealed class Remittance835Mapper : X12TransactionMapper
{
    private readonly RemittanceTransaction835 _tx = new();
    private X12Party? _party;
    private RemittanceClaimGroup? _group;
    private RemittanceClaim? _claim;
    private RemittanceServiceLine? _line;

    public Remittance835Mapper(X12FieldDecoder decoder)
        : base(decoder)
    {
    }

    public override X12Transaction Complete() => _tx;

    public override void Read(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        if (_party is not null && TryAddToParty(d, ref r, _party))
        {
            return;
        }

        _party = null;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("CLP"u8))
        {
            StartClaim(ref r);
        }
        else if (id.SequenceEqual("SVC"u8) && _claim is not null)
        {
            byte separator = r.Delimiters.Component;
            _line = new RemittanceServiceLine
            {
                Procedure = Procedure(d, r.Element(1), separator),
                Charge = X12FieldDecoder.Decimal(r.Element(2)) ?? 0m,
                PaidAmount = X12FieldDecoder.Decimal(r.Element(3)) ?? 0m,
                RevenueCode = d.Element(ref r, 4),
                Units = X12FieldDecoder.Decimal(r.Element(5)),
                SubmittedProcedure = Procedure(d, r.Element(6), separator),
                SubmittedUnits = X12FieldDecoder.Decimal(r.Element(7)),
            };
            _claim.ServiceLines.Add(_line);
        }
        else if (id.SequenceEqual("LX"u8))
        {
            _group = new RemittanceClaimGroup { HeaderNumber = d.Element(ref r, 1) };
            _tx.ClaimGroups.Add(_group);
            _claim = null;
            _line = null;
        }
        else if (id.SequenceEqual("PLB"u8))
        {
            ProviderLevel(ref r);
        }
        else if (_line is not null)
        {
            LineSegment(ref r);
        }
        else if (_claim is not null)
        {
            ClaimSegment(ref r);
        }
        else if (_group is not null)
        {
            _group.Other.Add(d.Raw(ref r));
        }
        else
        {
            HeaderSegment(ref r);
        }
    }

    private void HeaderSegment(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("BPR"u8))
        {
            _tx.Payment = new RemittancePayment
            {
                TransactionHandling = d.Required(ref r, 1),
                TotalPayment = X12FieldDecoder.Decimal(r.Element(2)) ?? 0m,
                CreditDebit = d.Element(ref r, 3),
                PaymentMethod = d.Element(ref r, 4),
                PaymentFormat = d.Element(ref r, 5),
                SenderDfiQualifier = d.Element(ref r, 6),
                SenderDfiId = d.Element(ref r, 7),
                SenderAccountQualifier = d.Element(ref r, 8),
                SenderAccount = d.Element(ref r, 9),
                OriginatingCompanyId = d.Element(ref r, 10),
                OriginatingCompanySupplementalCode = d.Element(ref r, 11),
                ReceiverDfiQualifier = d.Element(ref r, 12),
                ReceiverDfiId = d.Element(ref r, 13),
                ReceiverAccountQualifier = d.Element(ref r, 14),
                ReceiverAccount = d.Element(ref r, 15),
                PaymentDate = X12FieldDecoder.Date(r.Element(16)),
            };
            if (_tx.Payment.PaymentDate is null)
            {
                _tx.Payment.PaymentDateText = d.Element(ref r, 16);
            }
        }
        else if (id.SequenceEqual("TRN"u8))
        {
            _tx.Trace = Trace(d, ref r);
        }
        else if (id.SequenceEqual("CUR"u8))
        {
            _tx.Currency = d.Element(ref r, 2);
        }
        else if (id.SequenceEqual("REF"u8))
        {
            _tx.References.Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("DTM"u8))
        {
            _tx.Dates.Add(DateTimeReference(d, ref r));
        }
        else if (id.SequenceEqual("N1"u8))
        {
            var party = new X12Party { Name = NameFromN1(d, ref r) };
            if (party.Name.EntityIdentifier == "PR")
            {
                _tx.Payer = party;
            }
            else
            {
                _tx.Payee = party;
            }

            _party = party;
        }
        else
        {
            _tx.Other.Add(d.Raw(ref r));
        }
    }

    private void StartClaim(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        if (_group is null)
        {
            _group = new RemittanceClaimGroup();
            _tx.ClaimGroups.Add(_group);
        }

        _claim = new RemittanceClaim
        {
            PatientControlNumber = d.Required(ref r, 1),
            Status = d.Required(ref r, 2),
            TotalCharge = X12FieldDecoder.Decimal(r.Element(3)) ?? 0m,
            PaidAmount = X12FieldDecoder.Decimal(r.Element(4)) ?? 0m,
            PatientResponsibility = X12FieldDecoder.Decimal(r.Element(5)),
            FilingIndicator = d.Element(ref r, 6),
            PayerClaimControlNumber = d.Element(ref r, 7),
            FacilityCode = d.Element(ref r, 8),
            FrequencyCode = d.Element(ref r, 9),
            DrgCode = d.Element(ref r, 11),
            DrgWeight = X12FieldDecoder.Decimal(r.Element(12)),
            DischargeFraction = X12FieldDecoder.Decimal(r.Element(13)),
        };
        _group.Claims.Add(_claim);
        _line = null;
    }

    private void ClaimSegment(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        RemittanceClaim claim = _claim!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("CAS"u8))
        {
            Adjustments(d, ref r, claim.Adjustments);
        }
        else if (id.SequenceEqual("NM1"u8))
        {
            claim.Names.Add(Name(d, ref r));
        }
        else if (id.SequenceEqual("DTM"u8))
        {
            claim.Dates.Add(DateTimeReference(d, ref r));
        }
        else if (id.SequenceEqual("REF"u8))
        {
            claim.References.Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("AMT"u8))
        {
            claim.Amounts.Add(Amount(d, ref r));
        }
        else if (id.SequenceEqual("QTY"u8))
        {
            claim.Quantities.Add(Quantity(d, ref r));
        }
        else if (id.SequenceEqual("PER"u8))
        {
            claim.Contacts.Add(Contact(d, ref r));
        }
        else if (id.SequenceEqual("MOA"u8))
        {
            claim.OutpatientAdjudication = X12HeaderSegments.OutpatientAdjudication(d, ref r);
        }
        else if (id.SequenceEqual("MIA"u8))
        {
            var mia = new RemittanceInpatientAdjudication
            {
                CoveredDays = X12FieldDecoder.Decimal(r.Element(1)),
                DrgAmount = X12FieldDecoder.Decimal(r.Element(4)),
                Segment = d.Raw(ref r),
            };
            foreach (int position in (ReadOnlySpan<int>)[5, 20, 21, 22, 23])
            {
                if (d.Element(ref r, position) is string code)
                {
                    mia.RemarkCodes.Add(code);
                }
            }

            claim.InpatientAdjudication = mia;
        }
        else
        {
            claim.Other.Add(d.Raw(ref r));
        }
    }

    private void LineSegment(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        RemittanceServiceLine line = _line!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("CAS"u8))
        {
            Adjustments(d, ref r, line.Adjustments);
        }
        else if (id.SequenceEqual("DTM"u8))
        {
            line.Dates.Add(DateTimeReference(d, ref r));
        }
        else if (id.SequenceEqual("REF"u8))
        {
            line.References.Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("AMT"u8))
        {
            line.Amounts.Add(Amount(d, ref r));
        }
        else if (id.SequenceEqual("QTY"u8))
        {
            line.Quantities.Add(Quantity(d, ref r));
        }
        else if (id.SequenceEqual("LQ"u8))
        {
            line.Remarks.Add(new RemittanceRemark(d.Required(ref r, 1), d.Required(ref r, 2)));
        }
        else
        {
            line.Other.Add(d.Raw(ref r));
        }
    }

    private void ProviderLevel(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        var plb = new ProviderAdjustment { ProviderId = d.Required(ref r, 1), FiscalPeriodDate = X12FieldDecoder.Date(r.Element(2)) };
        for (int position = 3; position < 15 && position <= r.ElementCount; position += 2)
        {
            string? reason = d.Component(ref r, position, 1);
            if (reason is null && r.Element(position + 1).IsEmpty)
            {
                continue;
            }

            plb.Adjustments.Add(new ProviderAdjustmentItem(reason ?? string.Empty, d.Component(ref r, position, 2), X12FieldDecoder.Decimal(r.Element(position + 1)) ?? 0m));
        }

        _tx.ProviderAdjustments.Add(plb);
        _claim = null;
        _line = null;
    }
}
