using Rcm.X12.Reading;
using static Rcm.X12.Transactions.X12CommonSegments;

namespace Rcm.X12.Transactions.Claims;

/// <summary>
/// Reads an 837P/837I (005010X222A1 / X223A2) into <see cref="ClaimTransaction837"/>: a state machine over the loops
/// 1000A/B, 2000A/B/C, 2010xx, 2300, 2310x, 2320/2330x, 2400, 2410, 2420x and 2430.
/// </summary>
internal sealed class Claim837Mapper : X12TransactionMapper
{
    private enum Scope { Header, BillingProvider, Subscriber, Patient, Claim, OtherSubscriber, Line, Drug, LineAdjudication }

    private readonly ClaimTransaction837 _tx;
    private Scope _scope = Scope.Header;
    private X12Party? _party;
    private ClaimBillingProvider? _billing;
    private ClaimSubscriber? _subscriber;
    private ClaimPatient? _patient;
    private ClaimInformation? _claim;
    private ClaimOtherSubscriber? _otherSubscriber;
    private ClaimServiceLine? _line;
    private ClaimLineAdjudication? _adjudication;

    public Claim837Mapper(X12FieldDecoder decoder, ClaimTransaction837 transaction)
        : base(decoder) => _tx = transaction;

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
        switch (id.Length)
        {
            case 2 when id.SequenceEqual("HL"u8):
                Level(ref r);
                return;
            case 2 when id.SequenceEqual("LX"u8) && _claim is not null:
                _line = new ClaimServiceLine { LineNumber = X12FieldDecoder.Integer(r.Element(1)) ?? 0 };
                _claim.ServiceLines.Add(_line);
                _scope = Scope.Line;
                return;
            case 3 when id.SequenceEqual("NM1"u8):
                Name(ref r);
                return;
            case 3 when id.SequenceEqual("CLM"u8) && _subscriber is not null:
                StartClaim(ref r);
                return;
            case 3 when id.SequenceEqual("SBR"u8):
                SubscriberInformation(ref r);
                return;
            case 3 when id.SequenceEqual("BHT"u8) && _scope == Scope.Header:
                _tx.Header = X12HeaderSegments.Beginning(d, ref r);
                return;
        }

        bool taken = _scope switch
        {
            Scope.BillingProvider => BillingProviderSegment(ref r),
            Scope.Subscriber => SubscriberSegment(ref r),
            Scope.Patient => PatientSegment(ref r),
            Scope.Claim => ClaimSegment(ref r),
            Scope.OtherSubscriber => OtherSubscriberSegment(ref r),
            Scope.Line => LineSegment(ref r),
            Scope.Drug => DrugSegment(ref r) || LineSegment(ref r),
            Scope.LineAdjudication => AdjudicationSegment(ref r),
            _ => false,
        };

        if (!taken)
        {
            OtherList().Add(d.Raw(ref r));
        }
    }

    private void Level(ref X12SegmentReader r)
    {
        ReadOnlySpan<byte> level = r.Element(3);
        _claim = null;
        _line = null;
        if (level.SequenceEqual("20"u8))
        {
            _billing = new ClaimBillingProvider();
            _tx.BillingProviders.Add(_billing);
            _subscriber = null;
            _patient = null;
            _scope = Scope.BillingProvider;
        }
        else if (level.SequenceEqual("22"u8))
        {
            if (_billing is null)
            {
                _billing = new ClaimBillingProvider();
                _tx.BillingProviders.Add(_billing);
            }

            _subscriber = new ClaimSubscriber();
            _billing.Subscribers.Add(_subscriber);
            _patient = null;
            _scope = Scope.Subscriber;
        }
        else if (level.SequenceEqual("23"u8) && _subscriber is not null)
        {
            _patient = new ClaimPatient();
            _subscriber.Patients.Add(_patient);
            _scope = Scope.Patient;
        }
        else
        {
            OtherList().Add(Decoder.Raw(ref r));
        }
    }

    private void Name(ref X12SegmentReader r)
    {
        var party = new X12Party { Name = X12CommonSegments.Name(Decoder, ref r) };
        string entity = party.Name.EntityIdentifier;
        switch (_scope)
        {
            case Scope.Header when entity == "41":
                _tx.Submitter = party;
                break;
            case Scope.Header when entity == "40":
                _tx.Receiver = party;
                break;
            case Scope.BillingProvider when entity == "85":
                _billing!.Provider = party;
                break;
            case Scope.BillingProvider:
                _billing!.PayTo.Add(party);
                break;
            case Scope.Subscriber when entity == "IL":
                _subscriber!.Subscriber = party;
                break;
            case Scope.Subscriber when entity == "PR":
                _subscriber!.Payer = party;
                break;
            case Scope.Patient when entity == "QC":
                _patient!.Patient = party;
                break;
            case Scope.Claim:
                _claim!.Providers.Add(party);
                break;
            case Scope.OtherSubscriber when entity == "IL" && _otherSubscriber!.Subscriber is null:
                _otherSubscriber.Subscriber = party;
                break;
            case Scope.OtherSubscriber when entity == "PR" && _otherSubscriber!.Payer is null:
                _otherSubscriber.Payer = party;
                break;
            case Scope.OtherSubscriber:
                _otherSubscriber!.OtherPayerProviders.Add(party);
                break;
            case Scope.Line or Scope.Drug or Scope.LineAdjudication:
                _line!.Providers.Add(party);
                _scope = Scope.Line;
                break;
            default:
                // A name loop the guide does not place here: keep the segment rather than guess its owner.
                OtherList().Add(Decoder.Raw(ref r));
                return;
        }

        _party = party;
    }

    private void StartClaim(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        byte separator = r.Delimiters.Component;
        ReadOnlySpan<byte> causes = r.Element(11);
        var claim = new ClaimInformation
        {
            PatientControlNumber = d.Required(ref r, 1),
            TotalCharge = X12FieldDecoder.Decimal(r.Element(2)) ?? 0m,
            FacilityCode = d.Component(ref r, 5, 1),
            FacilityCodeQualifier = d.Component(ref r, 5, 2),
            FrequencyCode = d.Component(ref r, 5, 3),
            ProviderSignature = d.Element(ref r, 6),
            AssignmentParticipation = d.Element(ref r, 7),
            BenefitsAssignment = d.Element(ref r, 8),
            ReleaseOfInformation = d.Element(ref r, 9),
            PatientSignatureSource = d.Element(ref r, 10),
            SpecialProgram = d.Element(ref r, 12),
            DelayReason = d.Element(ref r, 20),
        };
        if (!causes.IsEmpty)
        {
            List<string> parts = d.Components(causes, separator);
            for (int i = 0; i < parts.Count && i < 3; i++)
            {
                // CLM11-1..3 are three optional codes; CLM11-4 (the accident state) often follows empty places (AA:::NY).
                if (parts[i].Length > 0)
                {
                    claim.RelatedCauses.Add(parts[i]);
                }
            }

            claim.AccidentState = parts.Count > 3 && parts[3].Length > 0 ? parts[3] : null;
            claim.AccidentCountry = parts.Count > 4 && parts[4].Length > 0 ? parts[4] : null;
        }

        (_patient?.Claims ?? _subscriber!.Claims).Add(claim);
        _claim = claim;
        _line = null;
        _otherSubscriber = null;
        _scope = Scope.Claim;
    }

    private void SubscriberInformation(ref X12SegmentReader r)
    {
        X12SubscriberInformation information = X12HeaderSegments.Subscriber(Decoder, ref r);
        if (_scope == Scope.Subscriber && _subscriber is not null)
        {
            _subscriber.Information = information;
        }
        else if (_claim is not null)
        {
            _otherSubscriber = new ClaimOtherSubscriber { Information = information };
            _claim.OtherSubscribers.Add(_otherSubscriber);
            _line = null;
            _scope = Scope.OtherSubscriber;
        }
        else
        {
            OtherList().Add(Decoder.Raw(ref r));
        }
    }

    private bool BillingProviderSegment(ref X12SegmentReader r)
    {
        if (r.SegmentIs("PRV"u8))
        {
            _billing!.Specialty = new X12ProviderTaxonomy(Decoder.Required(ref r, 1), Decoder.Element(ref r, 2), Decoder.Element(ref r, 3));
            return true;
        }

        if (r.SegmentIs("CUR"u8))
        {
            _billing!.Currency = Decoder.Element(ref r, 2);
            return true;
        }

        return false;
    }

    private bool SubscriberSegment(ref X12SegmentReader r)
    {
        if (r.SegmentIs("PAT"u8))
        {
            _subscriber!.PatientInformation = Decoder.Raw(ref r);
            return true;
        }

        return false;
    }

    private bool PatientSegment(ref X12SegmentReader r)
    {
        if (r.SegmentIs("PAT"u8))
        {
            _patient!.Relationship = Decoder.Element(ref r, 1);
            if (r.ElementCount > 1)
            {
                _patient.PatientInformation = Decoder.Raw(ref r);
            }

            return true;
        }

        return false;
    }

    private bool ClaimSegment(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        ClaimInformation claim = _claim!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("DTP"u8))
        {
            claim.Dates.Add(Date(d, ref r));
        }
        else if (id.SequenceEqual("HI"u8))
        {
            HealthCareCodes(d, ref r, claim.HealthCareCodes);
        }
        else if (id.SequenceEqual("REF"u8))
        {
            claim.References.Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("AMT"u8))
        {
            claim.Amounts.Add(Amount(d, ref r));
        }
        else if (id.SequenceEqual("NTE"u8))
        {
            claim.Notes.Add(Note(d, ref r));
        }
        else if (id.SequenceEqual("PWK"u8))
        {
            claim.Attachments.Add(new ClaimAttachment
            {
                ReportType = d.Required(ref r, 1),
                TransmissionCode = d.Element(ref r, 2),
                IdentifierQualifier = d.Element(ref r, 5),
                ControlNumber = d.Element(ref r, 6),
            });
        }
        else if (id.SequenceEqual("CL1"u8))
        {
            claim.Institutional = new ClaimInstitutionalInformation
            {
                AdmissionType = d.Element(ref r, 1),
                AdmissionSource = d.Element(ref r, 2),
                PatientStatus = d.Element(ref r, 3),
            };
        }
        else
        {
            return false;
        }

        return true;
    }

    private bool OtherSubscriberSegment(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        ClaimOtherSubscriber other = _otherSubscriber!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("CAS"u8))
        {
            Adjustments(d, ref r, other.Adjustments);
        }
        else if (id.SequenceEqual("AMT"u8))
        {
            other.Amounts.Add(Amount(d, ref r));
        }
        else if (id.SequenceEqual("OI"u8))
        {
            other.BenefitsAssignment = d.Element(ref r, 3);
            other.PatientSignatureSource = d.Element(ref r, 4);
            other.ReleaseOfInformation = d.Element(ref r, 6);
        }
        else if (id.SequenceEqual("MOA"u8))
        {
            other.OutpatientAdjudication = X12HeaderSegments.OutpatientAdjudication(d, ref r);
        }
        else
        {
            return false;
        }

        return true;
    }

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
                if (X12FieldDecoder.Integer(pointers[range]) is int pointer)
                {
                    line.DiagnosisPointers.Add(pointer);
                }
            }

            line.Emergency = d.Element(ref r, 9);
            line.Epsdt = d.Element(ref r, 11);
            line.FamilyPlanning = d.Element(ref r, 12);
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

    private List<X12RawSegment> OtherList() => _scope switch
    {
        Scope.BillingProvider => _billing!.Other,
        Scope.Subscriber => _subscriber!.Other,
        Scope.Patient => _patient!.Other,
        Scope.Claim => _claim!.Other,
        Scope.OtherSubscriber => _otherSubscriber!.Other,
        Scope.Line or Scope.Drug or Scope.LineAdjudication => _line!.Other,
        _ => _tx.Other,
    };
}
