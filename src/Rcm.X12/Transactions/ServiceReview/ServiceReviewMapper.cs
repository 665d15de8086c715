using Rcm.X12.Reading;
using static Rcm.X12.Transactions.X12CommonSegments;

namespace Rcm.X12.Transactions.ServiceReview;

/// <summary>Reads a 278 request or response (005010X217) into <see cref="ServiceReview278"/>.</summary>
internal sealed class ServiceReviewMapper : X12TransactionMapper
{
    private readonly ServiceReview278 _tx = new();
    private readonly Dictionary<string, ServiceReviewLevel> _levels = new(StringComparer.Ordinal);
    private ServiceReviewLevel? _level;
    private X12Party? _party;

    public ServiceReviewMapper(X12FieldDecoder decoder)
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

        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("AAA"u8) && _level is not null)
        {
            // X217 2010x: NM1 REF N3 N4 PER AAA PRV DMG INS: AAA sits inside the name loop and does not close it.
            _level.Rejections.Add(Rejection(d, ref r));
            return;
        }

        _party = null;
        if (id.SequenceEqual("HL"u8))
        {
            Level(ref r);
        }
        else if (id.SequenceEqual("BHT"u8) && _level is null)
        {
            _tx.Header = X12HeaderSegments.Beginning(d, ref r);
        }
        else if (_level is null)
        {
            _tx.Other.Add(d.Raw(ref r));
        }
        else if (id.SequenceEqual("NM1"u8))
        {
            _party = new X12Party { Name = Name(d, ref r) };
            _level.Parties.Add(_party);
        }
        else if (id.SequenceEqual("TRN"u8))
        {
            _level.TraceNumbers.Add(Trace(d, ref r));
        }
        else if (id.SequenceEqual("UM"u8))
        {
            _level.Review = new ServiceReviewRequest
            {
                RequestCategory = d.Required(ref r, 1),
                CertificationType = d.Element(ref r, 2),
                ServiceType = d.Element(ref r, 3),
                FacilityCode = d.Component(ref r, 4, 1),
                FacilityCodeQualifier = d.Component(ref r, 4, 2),
                RelatedCauses = r.Element(5).IsEmpty ? [] : d.Components(r.Element(5), r.Delimiters.Component),
                LevelOfService = d.Element(ref r, 6),
            };
        }
        else if (id.SequenceEqual("HCR"u8))
        {
            _level.Decision = new ServiceReviewDecision
            {
                ActionCode = d.Required(ref r, 1),
                AuthorizationNumber = d.Element(ref r, 2),
                ReasonCode = d.Element(ref r, 3),
                SecondSurgicalOpinion = d.Element(ref r, 4),
            };
        }
        else if (id.SequenceEqual("REF"u8))
        {
            _level.References.Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("DTP"u8))
        {
            _level.Dates.Add(Date(d, ref r));
        }
        else if (id.SequenceEqual("HI"u8))
        {
            HealthCareCodes(d, ref r, _level.HealthCareCodes);
        }
        else if (id.SequenceEqual("MSG"u8))
        {
            _level.Messages.Add(Message(d, ref r));
        }
        else if (id.SequenceEqual("SV1"u8) && _level.Service is null)
        {
            _level.Service = new ServiceReviewService
            {
                SegmentId = "SV1",
                Procedure = Procedure(d, r.Element(1), r.Delimiters.Component),
                Charge = X12FieldDecoder.Decimal(r.Element(2)),
                UnitBasis = d.Element(ref r, 3),
                Units = X12FieldDecoder.Decimal(r.Element(4)),
            };
        }
        else if (id.SequenceEqual("SV2"u8) && _level.Service is null)
        {
            _level.Service = new ServiceReviewService
            {
                SegmentId = "SV2",
                RevenueCode = d.Element(ref r, 1),
                Procedure = Procedure(d, r.Element(2), r.Delimiters.Component),
                Charge = X12FieldDecoder.Decimal(r.Element(3)),
                UnitBasis = d.Element(ref r, 4),
                Units = X12FieldDecoder.Decimal(r.Element(5)),
            };
        }
        else
        {
            _level.Other.Add(d.Raw(ref r));
        }
    }

    private void Level(ref X12SegmentReader r)
    {
        var level = new ServiceReviewLevel { LevelCode = Decoder.Required(ref r, 3) };
        string? parentId = Decoder.Element(ref r, 2);
        if (parentId is not null && _levels.TryGetValue(parentId, out ServiceReviewLevel? parent))
        {
            parent.Children.Add(level);
        }
        else
        {
            _tx.Levels.Add(level);
        }

        if (Decoder.Element(ref r, 1) is string own)
        {
            _levels[own] = level;
        }

        _level = level;
    }
}
