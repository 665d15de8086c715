using Rcm.X12.Reading;
using Rcm.X12.Transactions.ClaimStatus;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Transactions.Eligibility;
using Rcm.X12.Transactions.Remittance;
using Rcm.X12.Transactions.ServiceReview;
using Rcm.X12.Validation;

namespace Rcm.X12.Transactions;

/// <summary>
/// Reads a whole X12 file into typed transactions in one pass over the segment reader: envelopes into
/// <see cref="X12InterchangeContent"/>/<see cref="X12GroupContent"/>, each ST…SE into its family's model. A
/// transaction without a mapper, or one cut short, becomes an issue (never an exception); input that is not
/// readable X12 at all throws <see cref="X12FormatException"/>.
/// </summary>
public static class X12TransactionParser
{
    public static X12ParseResult Parse(ReadOnlySpan<byte> data)
    {
        var result = new X12ParseResult();
        var decoder = new X12FieldDecoder();
        var reader = new X12SegmentReader(data);
        X12InterchangeContent? interchange = null;
        X12GroupContent? group = null;
        X12TransactionMapper? mapper = null;
        bool skipping = false;
        long startOrdinal = 0;

        while (reader.Read())
        {
            ReadOnlySpan<byte> id = reader.SegmentId;
            if (id.Length == 2 && id[0] == (byte)'S' && (id[1] == (byte)'T' || id[1] == (byte)'E'))
            {
                if (id[1] == (byte)'T')
                {
                    if (mapper is not null || skipping)
                    {
                        CutShort(result, group, mapper, startOrdinal, reader.SegmentOrdinal, "ST");
                    }

                    group ??= Implicit(result, ref interchange);
                    startOrdinal = reader.SegmentOrdinal;
                    mapper = Select(decoder, ref reader, group, result);
                    skipping = mapper is null;
                }
                else
                {
                    if (mapper is not null)
                    {
                        group!.Transactions.Add(mapper.Complete());
                    }
                    else if (!skipping)
                    {
                        Outside(result, ref reader);
                    }

                    mapper = null;
                    skipping = false;
                }

                continue;
            }

            if (mapper is not null || skipping)
            {
                if (id.SequenceEqual("GE"u8) || id.SequenceEqual("IEA"u8) || id.SequenceEqual("GS"u8) || id.SequenceEqual("ISA"u8))
                {
                    CutShort(result, group, mapper, startOrdinal, reader.SegmentOrdinal, reader.GetSegmentId());
                    mapper = null;
                    skipping = false;
                }
                else
                {
                    mapper?.Read(ref reader);
                    continue;
                }
            }

            if (id.SequenceEqual("ISA"u8))
            {
                interchange = Interchange(decoder, ref reader);
                result.Interchanges.Add(interchange);
                group = null;
            }
            else if (id.SequenceEqual("GS"u8))
            {
                if (interchange is null)
                {
                    Outside(result, ref reader);
                    continue;
                }

                group = Group(decoder, ref reader);
                interchange.Groups.Add(group);
            }
            else if (id.SequenceEqual("GE"u8))
            {
                group = null;
            }
            else if (id.SequenceEqual("IEA"u8))
            {
                interchange = null;
                group = null;
            }
            else if (!id.SequenceEqual("TA1"u8))
            {
                Outside(result, ref reader);
            }
        }

        if (mapper is not null || skipping)
        {
            CutShort(result, group, mapper, startOrdinal, reader.SegmentOrdinal, "end of file");
        }

        return result;
    }

    private static X12TransactionMapper? Select(X12FieldDecoder d, ref X12SegmentReader r, X12GroupContent group, X12ParseResult result)
    {
        string setId = d.Required(ref r, 1);
        string version = d.Element(ref r, 3) ?? group.Version;
        string control = d.Required(ref r, 2);
        long ordinal = r.SegmentOrdinal;
        X12TransactionMapper? mapper = setId switch
        {
            "837" when version.Contains("X222", StringComparison.Ordinal) || version.Contains("X291", StringComparison.Ordinal) || version.Contains("X298", StringComparison.Ordinal) =>
                new Claim837Mapper(d, new ClaimTransaction837 { ClaimType = "P" }),
            "837" when version.Contains("X223", StringComparison.Ordinal) || version.Contains("X292", StringComparison.Ordinal) || version.Contains("X299", StringComparison.Ordinal) =>
                new Claim837Mapper(d, new ClaimTransaction837 { ClaimType = "I" }),
            "835" => new Remittance835Mapper(d),
            "270" => new EligibilityMapper(d, new EligibilityInquiry270()),
            "271" => new EligibilityMapper(d, new EligibilityResponse271()),
            "276" => new ClaimStatusMapper(d, new ClaimStatusRequest276()),
            "277" => new ClaimStatusMapper(d, new ClaimStatusResponse277()),
            "278" => new ServiceReviewMapper(d),
            _ => null,
        };

        if (mapper is null)
        {
            string what = setId == "837"
                ? $"837 with implementation {version} (only professional X222 and institutional X223 claims have a typed mapper)"
                : $"transaction set {setId}";
            result.Issues.Add(new X12Issue(X12TypedParseCodes.NoMapper, X12Severity.Error,
                $"No typed mapper for {what} (control number {control}); it was skipped.", ordinal, "ST", null, 1, null, setId));
            return null;
        }

        X12Transaction tx = mapper.Complete();
        tx.ControlNumber = control;
        tx.ImplementationReference = version;
        tx.SegmentOrdinal = ordinal;
        return mapper;
    }

    private static X12InterchangeContent Interchange(X12FieldDecoder d, ref X12SegmentReader r) => new()
    {
        SenderQualifier = d.Required(ref r, 5),
        SenderId = (d.Element(ref r, 6) ?? string.Empty).TrimEnd(),
        ReceiverQualifier = d.Required(ref r, 7),
        ReceiverId = (d.Element(ref r, 8) ?? string.Empty).TrimEnd(),
        Date = d.Required(ref r, 9),
        Time = d.Required(ref r, 10),
        ControlNumber = d.Required(ref r, 13),
        UsageIndicator = d.Required(ref r, 15),
    };

    private static X12GroupContent Group(X12FieldDecoder d, ref X12SegmentReader r) => new()
    {
        FunctionalIdentifier = d.Required(ref r, 1),
        SenderCode = d.Required(ref r, 2),
        ReceiverCode = d.Required(ref r, 3),
        Date = X12FieldDecoder.Date(r.Element(4)),
        Time = d.Element(ref r, 5),
        ControlNumber = d.Required(ref r, 6),
        Version = d.Required(ref r, 8),
    };

    /// <summary>A transaction set outside any GS (a malformed file) still gets a group to live in.</summary>
    private static X12GroupContent Implicit(X12ParseResult result, ref X12InterchangeContent? interchange)
    {
        if (interchange is null)
        {
            interchange = new X12InterchangeContent();
            result.Interchanges.Add(interchange);
        }

        var group = new X12GroupContent();
        interchange.Groups.Add(group);
        return group;
    }

    private static void CutShort(X12ParseResult result, X12GroupContent? group, X12TransactionMapper? mapper, long startOrdinal, long ordinal, string at)
    {
        if (mapper is not null)
        {
            // Keep what was mapped: a partial transaction is more use to the reader than none, and the issue says so.
            group?.Transactions.Add(mapper.Complete());
        }

        result.Issues.Add(new X12Issue(X12TypedParseCodes.MissingTrailer, X12Severity.Error,
            $"The transaction set that starts at segment {startOrdinal} has no SE before {at}; what was read is incomplete.",
            ordinal, at.Length <= 3 ? at : string.Empty, null, null, null, null));
    }

    private static void Outside(X12ParseResult result, ref X12SegmentReader r)
    {
        string id = r.GetSegmentId();
        result.Issues.Add(new X12Issue(X12TypedParseCodes.OutsideTransaction, X12Severity.Error,
            $"Segment {id} stands outside any transaction set; it was not mapped.", r.SegmentOrdinal, id, null, null, null, null));
    }
}
