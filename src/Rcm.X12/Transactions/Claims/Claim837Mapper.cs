using Rcm.X12.Reading;
using static Rcm.X12.Transactions.X12CommonSegments;

namespace Rcm.X12.Transactions.Claims;

/// <summary>
/// Reads an 837P/837I (005010X222A1 / X223A2) into <see cref="ClaimTransaction837"/>: a state machine over the loops
/// 1000A/B, 2000A/B/C, 2010xx, 2300, 2310x, 2320/2330x, 2400, 2410, 2420x and 2430. Levels and names here; the
/// claim loops in <c>Claim837Mapper.Claim.cs</c>, the service-line loops in <c>Claim837Mapper.Lines.cs</c>.
/// </summary>
internal sealed partial class Claim837Mapper : X12TransactionMapper
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
        if (!(level.SequenceEqual("20"u8) || level.SequenceEqual("22"u8) || (level.SequenceEqual("23"u8) && _subscriber is not null)))
        {
            // An HL level the 837 does not define (or a patient level without a subscriber): kept where it stands.
            OtherList().Add(Decoder.Raw(ref r));
            return;
        }

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
        else
        {
            _patient = new ClaimPatient();
            _subscriber!.Patients.Add(_patient);
            _scope = Scope.Patient;
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

    private List<X12RawSegment> OtherList() => _scope switch
    {
        Scope.BillingProvider => _billing?.Other ?? _tx.Other,
        Scope.Subscriber => _subscriber?.Other ?? _tx.Other,
        Scope.Patient => _patient?.Other ?? _tx.Other,
        Scope.Claim => _claim?.Other ?? _tx.Other,
        Scope.OtherSubscriber => _otherSubscriber?.Other ?? _tx.Other,
        Scope.Line or Scope.Drug or Scope.LineAdjudication => _line?.Other ?? _tx.Other,
        _ => _tx.Other,
    };
}
