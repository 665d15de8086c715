using Rcm.X12.Reading;
using static Rcm.X12.Transactions.X12CommonSegments;

namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>Reads a 276, 277 or 277CA (005010X212 / X214) into <see cref="ClaimStatusRequest276"/> or <see cref="ClaimStatusResponse277"/>.</summary>
internal sealed class ClaimStatusMapper : X12TransactionMapper
{
    private readonly X12Transaction _tx;
    private readonly List<ClaimStatusLevel> _roots;
    private readonly Dictionary<string, ClaimStatusLevel> _levels = new(StringComparer.Ordinal);
    private ClaimStatusLevel? _level;
    private ClaimStatusClaim? _claim;
    private ClaimStatusServiceLine? _line;
    private X12Party? _party;

    public ClaimStatusMapper(X12FieldDecoder decoder, ClaimStatusRequest276 request)
        : base(decoder)
    {
        _tx = request;
        _roots = request.Levels;
    }

    public ClaimStatusMapper(X12FieldDecoder decoder, ClaimStatusResponse277 response)
        : base(decoder)
    {
        _tx = response;
        _roots = response.Levels;
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
        if (id.SequenceEqual("HL"u8))
        {
            Level(ref r);
        }
        else if (id.SequenceEqual("BHT"u8) && _level is null)
        {
            X12BeginningOfTransaction header = X12HeaderSegments.Beginning(d, ref r);
            if (_tx is ClaimStatusRequest276 request)
            {
                request.Header = header;
            }
            else
            {
                ((ClaimStatusResponse277)_tx).Header = header;
            }
        }
        else if (_level is null)
        {
            _tx.Other.Add(d.Raw(ref r));
        }
        else if (id.SequenceEqual("NM1"u8) && _claim is null && _level.Party is null)
        {
            _level.Party = new X12Party { Name = Name(d, ref r) };
            _party = _level.Party;
        }
        else if (id.SequenceEqual("DMG"u8) && _claim is null)
        {
            _level.Demographics = Demographics(d, ref r);
        }
        else if (id.SequenceEqual("TRN"u8))
        {
            X12TraceNumber trace = Trace(d, ref r);
            if (_level.LevelCode is "22" or "23" or "PT")
            {
                _claim = new ClaimStatusClaim { Trace = trace };
                _level.Claims.Add(_claim);
                _line = null;
            }
            else
            {
                _level.TraceNumbers.Add(trace);
            }
        }
        else if (id.SequenceEqual("SVC"u8) && _claim is not null)
        {
            _line = new ClaimStatusServiceLine
            {
                Procedure = Procedure(d, r.Element(1), r.Delimiters.Component),
                Charge = X12FieldDecoder.Decimal(r.Element(2)) ?? 0m,
                PaidAmount = X12FieldDecoder.Decimal(r.Element(3)),
                RevenueCode = d.Element(ref r, 4),
                Units = X12FieldDecoder.Decimal(r.Element(7)),
            };
            _claim.ServiceLines.Add(_line);
        }
        else if (id.SequenceEqual("STC"u8))
        {
            ClaimStatusInformation status = Status(ref r);
            (_line?.Statuses ?? _claim?.Statuses ?? _level.Statuses).Add(status);
        }
        else if (id.SequenceEqual("REF"u8))
        {
            (_line?.References ?? _claim?.References ?? _level.References).Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("DTP"u8))
        {
            (_line?.Dates ?? _claim?.Dates ?? _level.Dates).Add(Date(d, ref r));
        }
        else if (id.SequenceEqual("AMT"u8) && _line is null)
        {
            (_claim?.Amounts ?? _level.Amounts).Add(Amount(d, ref r));
        }
        else if (id.SequenceEqual("QTY"u8) && _claim is null)
        {
            _level.Quantities.Add(Quantity(d, ref r));
        }
        else
        {
            (_line?.Other ?? _claim?.Other ?? _level.Other).Add(d.Raw(ref r));
        }
    }

    private void Level(ref X12SegmentReader r)
    {
        var level = new ClaimStatusLevel { LevelCode = Decoder.Required(ref r, 3) };
        string? parentId = Decoder.Element(ref r, 2);
        if (parentId is not null && _levels.TryGetValue(parentId, out ClaimStatusLevel? parent))
        {
            parent.Children.Add(level);
        }
        else
        {
            _roots.Add(level);
        }

        if (Decoder.Element(ref r, 1) is string own)
        {
            _levels[own] = level;
        }

        _level = level;
        _claim = null;
        _line = null;
    }

    private ClaimStatusInformation Status(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        var status = new ClaimStatusInformation
        {
            EffectiveDate = X12FieldDecoder.Date(r.Element(2)),
            ActionCode = d.Element(ref r, 3),
            ChargeAmount = X12FieldDecoder.Decimal(r.Element(4)),
            PaymentAmount = X12FieldDecoder.Decimal(r.Element(5)),
            AdjudicationDate = X12FieldDecoder.Date(r.Element(6)),
            PaymentMethod = d.Element(ref r, 7),
            CheckDate = X12FieldDecoder.Date(r.Element(8)),
            CheckNumber = d.Element(ref r, 9),
            Message = d.Element(ref r, 12),
        };
        foreach (int position in (ReadOnlySpan<int>)[1, 10, 11])
        {
            if (!r.Element(position).IsEmpty)
            {
                status.Codes.Add(new ClaimStatusCode(
                    d.Component(ref r, position, 1) ?? string.Empty,
                    d.Component(ref r, position, 2),
                    d.Component(ref r, position, 3),
                    d.Component(ref r, position, 4)));
            }
        }

        return status;
    }
}
