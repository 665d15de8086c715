using Rcm.X12.Reading;
using static Rcm.X12.Transactions.X12CommonSegments;

namespace Rcm.X12.Transactions.Eligibility;

/// <summary>Reads a 270 or 271 (005010X279A1) into <see cref="EligibilityInquiry270"/> or <see cref="EligibilityResponse271"/>.</summary>
internal sealed class EligibilityMapper : X12TransactionMapper
{
    private enum Scope { Header, Source, Receiver, Member, Inquiry, Benefit }

    private readonly X12Transaction _tx;
    private readonly List<EligibilitySource> _sources;
    private Scope _scope = Scope.Header;
    private X12Party? _party;
    private EligibilitySource? _source;
    private EligibilityReceiver? _receiver;
    private EligibilityMember? _subscriber;
    private EligibilityMember? _member;
    private EligibilityInquiryItem? _inquiry;
    private EligibilityBenefit? _benefit;
    private bool _inRelatedEntity;

    public EligibilityMapper(X12FieldDecoder decoder, EligibilityInquiry270 inquiry)
        : base(decoder)
    {
        _tx = inquiry;
        _sources = inquiry.Sources;
    }

    public EligibilityMapper(X12FieldDecoder decoder, EligibilityResponse271 response)
        : base(decoder)
    {
        _tx = response;
        _sources = response.Sources;
    }

    public override X12Transaction Complete() => _tx;

    public override void Read(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        if (_party is not null && TryAddToParty(d, ref r, _party))
        {
            return;
        }

        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("HL"u8))
        {
            _party = null;
            Level(ref r);
            return;
        }

        if (id.SequenceEqual("AAA"u8) && _scope != Scope.Header)
        {
            Rejections().Add(Rejection(d, ref r));
            return;
        }

        if (id.SequenceEqual("NM1"u8))
        {
            Name(ref r);
            return;
        }

        if (_scope == Scope.Member)
        {
            // X279A1 2100C/D: NM1 REF N3 N4 AAA PRV DMG INS HI DTP MPI — AAA, INS, HI and MPI sit between the name
            // loop's own segments, so they do not close it.
            if (MemberSegment(ref r))
            {
                return;
            }
        }

        _party = null;
        if (id.SequenceEqual("BHT"u8) && _scope == Scope.Header)
        {
            X12BeginningOfTransaction header = X12HeaderSegments.Beginning(d, ref r);
            if (_tx is EligibilityInquiry270 inquiry)
            {
                inquiry.Header = header;
            }
            else
            {
                ((EligibilityResponse271)_tx).Header = header;
            }
        }
        else if (id.SequenceEqual("EQ"u8) && _member is not null)
        {
            _inquiry = new EligibilityInquiryItem
            {
                ServiceTypes = d.Repetitions(ref r, 1),
                Procedure = Procedure(d, r.Element(2), r.Delimiters.Component),
                CoverageLevel = d.Element(ref r, 3),
                DiagnosisPointers = r.Element(5).IsEmpty ? [] : d.Components(r.Element(5), r.Delimiters.Component),
            };
            _member.Inquiries.Add(_inquiry);
            _scope = Scope.Inquiry;
        }
        else if (id.SequenceEqual("EB"u8) && _member is not null)
        {
            StartBenefit(ref r);
        }
        else if (_scope == Scope.Inquiry && InquirySegment(ref r))
        {
        }
        else if (_scope == Scope.Benefit && BenefitSegment(ref r))
        {
        }
        else
        {
            OtherList().Add(d.Raw(ref r));
        }
    }

    private void Level(ref X12SegmentReader r)
    {
        ReadOnlySpan<byte> level = r.Element(3);
        if (!(level.SequenceEqual("20"u8) || level.SequenceEqual("21"u8) || level.SequenceEqual("22"u8) || level.SequenceEqual("23"u8)))
        {
            // An HL level the 270/271 does not define: kept where it stands.
            OtherList().Add(Decoder.Raw(ref r));
            return;
        }

        _inquiry = null;
        _benefit = null;
        _inRelatedEntity = false;
        if (level.SequenceEqual("20"u8))
        {
            _source = new EligibilitySource();
            _sources.Add(_source);
            _receiver = null;
            _subscriber = _member = null;
            _scope = Scope.Source;
        }
        else if (level.SequenceEqual("21"u8))
        {
            _source ??= AddSource();
            _receiver = new EligibilityReceiver();
            _source.Receivers.Add(_receiver);
            _subscriber = _member = null;
            _scope = Scope.Receiver;
        }
        else if (level.SequenceEqual("22"u8) || (level.SequenceEqual("23"u8) && _subscriber is null))
        {
            _source ??= AddSource();
            if (_receiver is null)
            {
                _receiver = new EligibilityReceiver();
                _source.Receivers.Add(_receiver);
            }

            _subscriber = _member = new EligibilityMember { LevelCode = Decoder.Required(ref r, 3) };
            _receiver.Subscribers.Add(_member);
            _scope = Scope.Member;
        }
        else
        {
            _member = new EligibilityMember { LevelCode = "23" };
            _subscriber!.Dependents.Add(_member);
            _scope = Scope.Member;
        }
    }

    private EligibilitySource AddSource()
    {
        var source = new EligibilitySource();
        _sources.Add(source);
        return source;
    }

    private void Name(ref X12SegmentReader r)
    {
        var party = new X12Party { Name = X12CommonSegments.Name(Decoder, ref r) };
        switch (_scope)
        {
            case Scope.Source:
                _source!.Source = party;
                break;
            case Scope.Receiver:
                _receiver!.Receiver = party;
                break;
            case Scope.Member:
                _member!.Member = party;
                break;
            case Scope.Benefit:
                _benefit!.RelatedEntities.Add(party);
                break;
            default:
                _party = null;
                OtherList().Add(Decoder.Raw(ref r));
                return;
        }

        _party = party;
    }

    private bool MemberSegment(ref X12SegmentReader r)
    {
        EligibilityMember member = _member!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("TRN"u8))
        {
            member.TraceNumbers.Add(Trace(Decoder, ref r));
        }
        else if (id.SequenceEqual("INS"u8))
        {
            member.InsuredIndicator = Decoder.Element(ref r, 1);
            member.RelationshipCode = Decoder.Element(ref r, 2);
            member.MaintenanceTypeCode = Decoder.Element(ref r, 3);
            member.MaintenanceReasonCode = Decoder.Element(ref r, 4);
            member.BirthSequence = Decoder.Element(ref r, 17);
        }
        else if (id.SequenceEqual("HI"u8))
        {
            HealthCareCodes(Decoder, ref r, member.HealthCareCodes);
        }
        else if (id.SequenceEqual("MPI"u8))
        {
            member.Other.Add(Decoder.Raw(ref r));
        }
        else
        {
            return false;
        }

        return true;
    }

    private void StartBenefit(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        _benefit = new EligibilityBenefit
        {
            InformationCode = d.Required(ref r, 1),
            CoverageLevel = d.Element(ref r, 2),
            ServiceTypes = d.Repetitions(ref r, 3),
            InsuranceType = d.Element(ref r, 4),
            PlanDescription = d.Element(ref r, 5),
            TimePeriod = d.Element(ref r, 6),
            Amount = X12FieldDecoder.Decimal(r.Element(7)),
            Percent = X12FieldDecoder.Decimal(r.Element(8)),
            QuantityQualifier = d.Element(ref r, 9),
            Quantity = X12FieldDecoder.Decimal(r.Element(10)),
            AuthorizationRequired = d.Element(ref r, 11),
            InPlanNetwork = d.Element(ref r, 12),
            Procedure = Procedure(d, r.Element(13), r.Delimiters.Component),
        };
        if (!r.Element(14).IsEmpty)
        {
            _benefit.DiagnosisPointers = d.Components(r.Element(14), r.Delimiters.Component);
        }

        _member!.Benefits.Add(_benefit);
        _inRelatedEntity = false;
        _scope = Scope.Benefit;
    }

    private bool InquirySegment(ref X12SegmentReader r)
    {
        EligibilityInquiryItem item = _inquiry!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("AMT"u8))
        {
            item.Amounts.Add(Amount(Decoder, ref r));
        }
        else if (id.SequenceEqual("REF"u8))
        {
            item.References.Add(Reference(Decoder, ref r));
        }
        else if (id.SequenceEqual("DTP"u8))
        {
            item.Dates.Add(Date(Decoder, ref r));
        }
        else
        {
            return false;
        }

        return true;
    }

    private bool BenefitSegment(ref X12SegmentReader r)
    {
        EligibilityBenefit benefit = _benefit!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("LS"u8))
        {
            _inRelatedEntity = true;
        }
        else if (id.SequenceEqual("LE"u8))
        {
            _inRelatedEntity = false;
        }
        else if (_inRelatedEntity)
        {
            return false;
        }
        else if (id.SequenceEqual("REF"u8))
        {
            benefit.References.Add(Reference(Decoder, ref r));
        }
        else if (id.SequenceEqual("DTP"u8))
        {
            benefit.Dates.Add(Date(Decoder, ref r));
        }
        else if (id.SequenceEqual("MSG"u8))
        {
            benefit.Messages.Add(Message(Decoder, ref r));
        }
        else
        {
            return false;
        }

        return true;
    }

    private List<X12Rejection> Rejections() => _scope switch
    {
        Scope.Source => _source!.Rejections,
        Scope.Receiver => _receiver!.Rejections,
        Scope.Benefit => _benefit?.Rejections ?? _member!.Rejections,
        _ => _member!.Rejections,
    };

    private List<X12RawSegment> OtherList() => _scope switch
    {
        Scope.Source => _source?.Other ?? _tx.Other,
        Scope.Receiver => _receiver?.Other ?? _tx.Other,
        Scope.Member => _member?.Other ?? _tx.Other,
        Scope.Inquiry => _inquiry?.Other ?? _tx.Other,
        Scope.Benefit => _benefit?.Other ?? _tx.Other,
        _ => _tx.Other,
    };
}
