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
/// The validation engine as a stand-alone scrubber for 837 files from any practice-management system. It cuts the file
/// into its transaction sets (ST…SE) and scrubs each on its own: typed parse, translation to business claims and
/// validation run in parallel over a window of transactions; results merge and clean claims are written in file order.
/// Memory holds one window, and the garbage collector sees only short-lived objects, whatever the file size. Only
/// blocking findings hold a claim back.
/// </summary>
public sealed class ClaimScrubber
{
    /// <summary>SCR001: part of the file could not be read as claims, so claims may be missing from the clean file.</summary>
    public static readonly RuleDescriptor UnreadableTransaction = new("SCR001", FindingSeverity.Block, "Transaction in the 837 could not be read in full");

    private readonly ClaimValidator _validator;

    public ClaimScrubber(ClaimValidator validator) => _validator = validator;

    /// <summary>Scrubs a whole file, writing the clean claims to <paramref name="cleanOutput"/> when given.</summary>
    /// <exception cref="ScrubInputException">The input is not X12, or holds no 837 claim transaction (exit code 2).</exception>
    public ScrubResult Scrub(ReadOnlyMemory<byte> file, string fileName, Stream? cleanOutput = null)
    {
        List<TransactionSlice> slices;
        try
        {
            var reader = new X12SegmentReader(file.Span);
            slices = Slice(ref reader, file.Span);
        }
        catch (X12FormatException ex)
        {
            throw new ScrubInputException($"{fileName} is not readable X12: {ex.Message}", ex);
        }

        using var run = new Run(fileName, cleanOutput);
        // Transactions are scrubbed in parallel windows and merged in file order, so the clean file and the report read
        // exactly as a sequential scrub would, and memory holds one window at a time.
        const int window = 8;
        var outcomes = new SliceOutcome[window];
        for (int start = 0; start < slices.Count; start += window)
        {
            int count = Math.Min(window, slices.Count - start);
            Parallel.For(0, count, i => outcomes[i] = Evaluate(file.Span, slices[start + i], fileName));
            for (int i = 0; i < count; i++)
            {
                run.Merge(slices[start + i], outcomes[i]);
                outcomes[i] = null!;
            }
        }

        run.Finish();
        if (run.Transactions837 == 0)
        {
            throw new ScrubInputException($"{fileName} holds no 837 claim transaction.");
        }

        return new ScrubResult(fileName, run.Claims, run.Held, run.Written, run.Reported, run.FileFindings);
    }

    /// <summary>Finds every transaction set of the file with its enclosing envelopes.</summary>
    private static List<TransactionSlice> Slice(ref X12SegmentReader reader, ReadOnlySpan<byte> file)
    {
        var slices = new List<TransactionSlice>();
        int isaStart = -1, gsStart = -1, gsEnd = -1, stStart = -1;
        long stOrdinal = 0;
        bool afterGs = false, transactionEnded = false;
        string isaControl = "", gsControl = "";
        var delimiters = X12Delimiters.Default;
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
                slices.Add(new TransactionSlice(isaStart, gsStart, gsEnd, stStart, offset, stOrdinal, isaControl, gsControl, delimiters));
                transactionEnded = false;
                stStart = -1;
            }

            var id = reader.SegmentId;
            bool envelope = id.SequenceEqual("ISA"u8) || id.SequenceEqual("GS"u8) || id.SequenceEqual("ST"u8) || id.SequenceEqual("GE"u8) || id.SequenceEqual("IEA"u8);
            if (envelope && stStart >= 0)
            {
                // A transaction without its SE: parse what there is; the typed parser reports it cut short (SCR001).
                slices.Add(new TransactionSlice(isaStart, gsStart, gsEnd, stStart, offset, stOrdinal, isaControl, gsControl, delimiters));
                stStart = -1;
            }

            if (id.SequenceEqual("ISA"u8))
            {
                isaStart = offset;
                isaControl = Encoding.ASCII.GetString(reader.Element(13));
                delimiters = reader.Delimiters;
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
            slices.Add(new TransactionSlice(isaStart, gsStart, gsEnd < 0 ? file.Length : gsEnd, stStart, file.Length, stOrdinal, isaControl, gsControl, delimiters));
        }

        return slices;
    }

    /// <summary>Parses, translates and validates one transaction; thread-safe (the validator is immutable).</summary>
    private SliceOutcome Evaluate(ReadOnlySpan<byte> file, TransactionSlice slice, string fileName)
    {
        var outcome = new SliceOutcome();
        if (!slice.IsEnveloped)
        {
            outcome.FileFindings.Add(Unreadable(fileName, slice.StOrdinal, "ST", "The transaction set is not inside an interchange and a functional group (ISA/GS)."));
            return outcome;
        }

        // A self-contained interchange around the one transaction: the source's ISA and GS, the transaction, and trailers
        // counting exactly one group and one transaction with the source's control numbers.
        var isa = file[slice.IsaStart..slice.GsStart];
        var gs = file[slice.GsStart..slice.GsEnd];
        var body = file[slice.StStart..slice.StEnd];
        char e = (char)slice.Delimiters.Element, t = (char)slice.Delimiters.Segment;
        string trailer = $"GE{e}1{e}{slice.GsControl}{t}IEA{e}1{e}{slice.IsaControl}{t}";
        int length = isa.Length + gs.Length + body.Length + trailer.Length;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
        X12ParseResult parsed;
        try
        {
            isa.CopyTo(buffer);
            gs.CopyTo(buffer.AsSpan(isa.Length));
            body.CopyTo(buffer.AsSpan(isa.Length + gs.Length));
            Encoding.ASCII.GetBytes(trailer, buffer.AsSpan(isa.Length + gs.Length + body.Length));
            parsed = X12TransactionParser.Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        foreach (var issue in parsed.Issues)
        {
            if (issue.Severity == X12Severity.Error)
            {
                // Ordinals in the one-transaction interchange: ISA 1, GS 2, ST 3.
                long ordinal = issue.SegmentOrdinal >= 3 ? slice.StOrdinal + issue.SegmentOrdinal - 3 : slice.StOrdinal;
                outcome.FileFindings.Add(Unreadable(fileName, ordinal, issue.SegmentId, $"{issue.Code}: {issue.Message}"));
            }
        }

        var findings = new FindingCollector();
        foreach (var interchange in parsed.Interchanges)
        {
            foreach (var group in interchange.Groups)
            {
                foreach (var transaction in group.Transactions)
                {
                    if (transaction is not ClaimTransaction837 claims)
                    {
                        outcome.FileFindings.Add(Unreadable(fileName, slice.StOrdinal, "ST", $"Transaction set {transaction.TransactionSetId} is not a claim; it is left out of the clean file."));
                        continue;
                    }

                    outcome.Claims837.Add((interchange, group, claims));
                    foreach (var translated in Claim837Translator.ToClaims(claims))
                    {
                        outcome.ClaimCount++;
                        _validator.Validate(translated.Claim, findings);
                        if (findings.Count == 0)
                        {
                            continue;
                        }

                        if (findings.HasBlocking)
                        {
                            outcome.HeldCount++;
                            outcome.Held.Add(translated.Source);
                        }

                        outcome.Reported.Add(ScrubbedClaim.From(translated.Claim, claims.ControlNumber, findings.ToArray()));
                    }
                }
            }
        }

        return outcome;
    }

    private static Finding Unreadable(string fileName, long ordinal, string segment, string message) =>
        new(UnreadableTransaction.Id, UnreadableTransaction.Severity, $"segment {ordinal} ({segment})", null, message,
            $"Correct {fileName} in the practice-management system and export it again; the claims of this transaction are not in the clean file.");

    /// <summary>The merged state of one scrub, in file order: counters, the claims with findings, and the clean output.</summary>
    private sealed class Run(string fileName, Stream? output) : IDisposable
    {
        private CleanClaimWriter? _writer;

        public string FileName { get; } = fileName;
        public int Written { get; private set; }
        public int Claims { get; private set; }
        public int Held { get; private set; }
        public int Transactions837 { get; private set; }
        public List<ScrubbedClaim> Reported { get; } = [];
        public List<Finding> FileFindings { get; } = [];

        public void Merge(TransactionSlice slice, SliceOutcome outcome)
        {
            FileFindings.AddRange(outcome.FileFindings);
            Reported.AddRange(outcome.Reported);
            Claims += outcome.ClaimCount;
            Held += outcome.HeldCount;
            foreach (var (interchange, group, transaction) in outcome.Claims837)
            {
                Transactions837++;
                if (output is not null)
                {
                    // The clean file takes the delimiters of the first interchange that has a clean claim.
                    _writer ??= new CleanClaimWriter(output, slice.Delimiters);
                    _writer.Write(slice.IsaStart, interchange, slice.GsStart, group, transaction, outcome.Held);
                }
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
    }
}
