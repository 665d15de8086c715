using System.Buffers;
using System.Text;
using Rcm.Core.Claims.X12;
using Rcm.X12;
using Rcm.X12.Reading;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Validation;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>
/// The validation engine as a stand-alone scrubber for 837 files from any practice-management system. It walks the file
/// one transaction set (ST…SE) at a time: the typed parse, the translation to business claims, validation and the
/// writing of clean claims happen per transaction, so memory stays bounded and the garbage collector sees only short-lived
/// objects, whatever the file size. Only blocking findings hold a claim back.
/// </summary>
public sealed class ClaimScrubber
{
    /// <summary>SCR001: part of the file could not be read as claims, so claims may be missing from the clean file.</summary>
    public static readonly RuleDescriptor UnreadableTransaction = new("SCR001", FindingSeverity.Block, "Transaction in the 837 could not be read in full");

    private readonly ClaimValidator _validator;

    public ClaimScrubber(ClaimValidator validator) => _validator = validator;

    /// <summary>Scrubs a whole file, writing the clean claims to <paramref name="cleanOutput"/> when given.</summary>
    /// <exception cref="ScrubInputException">The input is not X12, or holds no 837 claim transaction (exit code 2).</exception>
    public ScrubResult Scrub(ReadOnlySpan<byte> file, string fileName, Stream? cleanOutput = null)
    {
        using var run = new Run(this, fileName, cleanOutput);
        try
        {
            var reader = new X12SegmentReader(file);
            Walk(ref reader, file, run);
        }
        catch (X12FormatException ex)
        {
            throw new ScrubInputException($"{fileName} is not readable X12: {ex.Message}", ex);
        }

        run.Finish();

        if (run.Transactions837 == 0)
        {
            throw new ScrubInputException($"{fileName} holds no 837 claim transaction.");
        }

        return new ScrubResult(fileName, run.Claims, run.Held, run.Written, run.Reported, run.FileFindings);
    }

    private static void Walk(ref X12SegmentReader reader, ReadOnlySpan<byte> file, Run run)
    {
        // Offsets of the current envelope headers and of the open transaction; a transaction's bytes run from its ST to the
        // start of the segment after its SE, so the slice keeps whatever line breaks the source used.
        int isaStart = -1, gsStart = -1, gsEnd = -1, stStart = -1;
        long stOrdinal = 0;
        bool afterGs = false, transactionEnded = false;
        string isaControl = "", gsControl = "";
        while (reader.Read())
        {
            int offset = (int)reader.ByteOffset;
            if (afterGs)
            {
                gsEnd = offset;
                afterGs = false;
            }

            if (transactionEnded)
            {
                run.Process(file, isaStart, gsStart, gsEnd, stStart, offset, stOrdinal, isaControl, gsControl);
                transactionEnded = false;
                stStart = -1;
            }

            var id = reader.SegmentId;
            if (id.SequenceEqual("ISA"u8) || id.SequenceEqual("GS"u8) || id.SequenceEqual("ST"u8) || id.SequenceEqual("GE"u8) || id.SequenceEqual("IEA"u8))
            {
                if (stStart >= 0)
                {
                    // A transaction without its SE: parse what there is; the typed parser reports it cut short (SCR001).
                    run.Process(file, isaStart, gsStart, gsEnd, stStart, offset, stOrdinal, isaControl, gsControl);
                    stStart = -1;
                }
            }

            if (id.SequenceEqual("ISA"u8))
            {
                isaStart = offset;
                isaControl = Encoding.ASCII.GetString(reader.Element(13));
                run.Delimiters = reader.Delimiters;
            }
            else if (id.SequenceEqual("GS"u8))
            {
                gsStart = offset;
                gsControl = Encoding.ASCII.GetString(reader.Element(6));
                afterGs = true;
            }
            else if (id.SequenceEqual("ST"u8))
            {
                stStart = offset;
                stOrdinal = reader.SegmentOrdinal;
            }
            else if (id.SequenceEqual("SE"u8) && stStart >= 0)
            {
                transactionEnded = true;
            }
        }

        if (stStart >= 0)
        {
            run.Process(file, isaStart, gsStart, gsEnd < 0 ? file.Length : gsEnd, stStart, file.Length, stOrdinal, isaControl, gsControl);
        }
    }

    /// <summary>The state of one scrub: counters, the claims with findings, and the clean output.</summary>
    private sealed class Run(ClaimScrubber owner, string fileName, Stream? output) : IDisposable
    {
        private readonly FindingCollector _findings = new();
        private readonly HashSet<ClaimInformation> _held = new(ReferenceEqualityComparer.Instance);
        private CleanClaimWriter? _writer;

        /// <summary>The delimiters of the current interchange (from its ISA); the clean file is written with the first ones seen.</summary>
        public X12Delimiters Delimiters { get; set; } = X12Delimiters.Default;

        public int Written { get; private set; }
        public int Claims { get; private set; }
        public int Held { get; private set; }
        public int Transactions837 { get; private set; }
        public List<ScrubbedClaim> Reported { get; } = [];
        public List<Finding> FileFindings { get; } = [];

        public void Process(ReadOnlySpan<byte> file, int isaStart, int gsStart, int gsEnd, int stStart, int stEnd, long stOrdinal, string isaControl, string gsControl)
        {
            if (isaStart < 0 || gsStart < 0 || gsEnd < 0)
            {
                FileFindings.Add(Unreadable(stOrdinal, "ST", "The transaction set is not inside an interchange and a functional group (ISA/GS)."));
                return;
            }

            // A self-contained interchange around the one transaction: the source's ISA and GS, the transaction, and
            // trailers counting exactly one group and one transaction with the source's control numbers.
            var isa = file[isaStart..gsStart];
            var gs = file[gsStart..gsEnd];
            var body = file[stStart..stEnd];
            byte e = Delimiters.Element, t = Delimiters.Segment;
            string trailer = $"GE{(char)e}1{(char)e}{gsControl}{(char)t}IEA{(char)e}1{(char)e}{isaControl}{(char)t}";
            int length = isa.Length + gs.Length + body.Length + trailer.Length;
            byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                isa.CopyTo(buffer);
                gs.CopyTo(buffer.AsSpan(isa.Length));
                body.CopyTo(buffer.AsSpan(isa.Length + gs.Length));
                Encoding.ASCII.GetBytes(trailer, buffer.AsSpan(isa.Length + gs.Length + body.Length));
                var parsed = X12TransactionParser.Parse(buffer.AsSpan(0, length));
                Handle(parsed, isaStart, gsStart, stOrdinal);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Handle(X12ParseResult parsed, long interchangeKey, long groupKey, long stOrdinal)
        {
            foreach (var issue in parsed.Issues)
            {
                if (issue.Severity == X12Severity.Error)
                {
                    // Ordinals in the one-transaction interchange: ISA 1, GS 2, ST 3.
                    long ordinal = issue.SegmentOrdinal >= 3 ? stOrdinal + issue.SegmentOrdinal - 3 : stOrdinal;
                    FileFindings.Add(Unreadable(ordinal, issue.SegmentId, $"{issue.Code}: {issue.Message}"));
                }
            }

            foreach (var interchange in parsed.Interchanges)
            {
                foreach (var group in interchange.Groups)
                {
                    foreach (var transaction in group.Transactions)
                    {
                        if (transaction is ClaimTransaction837 claims)
                        {
                            Transactions837++;
                            Validate(claims);
                            if (output is not null)
                            {
                                _writer ??= new CleanClaimWriter(output, Delimiters);
                                _writer.Write(interchangeKey, interchange, groupKey, group, claims, _held);
                            }
                        }
                        else
                        {
                            FileFindings.Add(Unreadable(stOrdinal, "ST", $"Transaction set {transaction.TransactionSetId} is not a claim; it is left out of the clean file."));
                        }
                    }
                }
            }
        }

        private void Validate(ClaimTransaction837 transaction)
        {
            _held.Clear();
            foreach (var translated in Claim837Translator.ToClaims(transaction))
            {
                Claims++;
                owner._validator.Validate(translated.Claim, _findings);
                if (_findings.Count == 0)
                {
                    continue;
                }

                if (_findings.HasBlocking)
                {
                    Held++;
                    _held.Add(translated.Source);
                }

                Reported.Add(ScrubbedClaim.From(translated.Claim, transaction.ControlNumber, _findings.ToArray()));
            }
        }

        /// <summary>Closes the clean file's envelopes.</summary>
        public void Finish()
        {
            if (_writer is not null)
            {
                Written = _writer.Written;
                _writer.Dispose();
                _writer = null;
            }
        }

        public void Dispose() => Finish();

        private Finding Unreadable(long ordinal, string segment, string message) =>
            new(UnreadableTransaction.Id, UnreadableTransaction.Severity, $"segment {ordinal} ({segment})", null, message,
                $"Correct {fileName} in the practice-management system and export it again; the claims of this transaction are not in the clean file.");
    }
}
