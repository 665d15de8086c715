using Rcm.X12.Reading;
using Rcm.X12.Validation;

namespace Rcm.X12.Envelopes;

/// <summary>
/// Checks the envelope structure (X12.5 ISA/IEA, X12.6 GS/GE and ST/SE) of segments fed to it one by one, so that a
/// validator or typed parser can check envelopes in its own single pass. Feed every segment with
/// <see cref="Observe"/>, then call <see cref="Complete"/>. <see cref="X12EnvelopeScanner"/> does both for a whole file.
/// </summary>
public sealed partial class X12EnvelopeTracker
{
    private readonly List<X12InterchangeEnvelope> _interchanges = [];
    private readonly List<X12GroupEnvelope> _orphanGroups = [];
    private readonly List<X12TransactionEnvelope> _orphanTransactions = [];
    private readonly List<X12Issue> _issues = [];
    private readonly HashSet<string> _interchangeControls = [];
    private readonly HashSet<string> _groupControls = [];
    private readonly HashSet<string> _transactionControls = [];
    private X12InterchangeEnvelope? _interchange;
    private X12GroupEnvelope? _group;
    private X12TransactionEnvelope? _transaction;
    private bool _afterInterchange;
    private long _lastOrdinal;
    private readonly byte[] _lastId = new byte[8];
    private int _lastIdLength;

    /// <summary>Findings so far.</summary>
    public IReadOnlyList<X12Issue> Issues => _issues;

    /// <summary>The open transaction set, if any (e.g. to tag a validator's findings with ST02).</summary>
    public X12TransactionEnvelope? CurrentTransaction => _transaction;

    /// <summary>The open functional group, if any.</summary>
    public X12GroupEnvelope? CurrentGroup => _group;

    /// <summary>The open interchange, if any.</summary>
    public X12InterchangeEnvelope? CurrentInterchange => _interchange;

    /// <summary>Takes in the segment the reader is on.</summary>
    public void Observe(ref X12SegmentReader segment)
    {
        ReadOnlySpan<byte> id = segment.SegmentId;
        long ordinal = segment.SegmentOrdinal;
        if (id.Length == 3 && id[0] == (byte)'I')
        {
            if (id.SequenceEqual("ISA"u8))
            {
                OpenInterchange(ref segment);
                Remember(ref segment);
                return;
            }

            if (id.SequenceEqual("IEA"u8))
            {
                CloseInterchange(ref segment);
                Remember(ref segment);
                return;
            }
        }
        else if (id.Length == 2)
        {
            switch ((id[0], id[1]))
            {
                case ((byte)'G', (byte)'S'):
                    OpenGroup(ref segment);
                    Remember(ref segment);
                    return;
                case ((byte)'G', (byte)'E'):
                    CloseGroup(ref segment);
                    Remember(ref segment);
                    return;
                case ((byte)'S', (byte)'T'):
                    OpenTransaction(ref segment);
                    Remember(ref segment);
                    return;
                case ((byte)'S', (byte)'E'):
                    CloseTransaction(ref segment);
                    Remember(ref segment);
                    return;
            }
        }

        if (!IsValidSegmentId(id))
        {
            Add(X12EnvelopeCodes.InvalidSegmentId, ordinal, id, null, Text(id),
                "The segment identifier must be two or three upper-case letters or digits");
        }

        if (_transaction is null)
        {
            bool between = _interchange is null && _afterInterchange;
            Add(_interchange is null ? X12EnvelopeCodes.OutsideInterchange : X12EnvelopeCodes.OutsideTransaction,
                ordinal, id, null, null,
                $"Segment {Text(id)} is {(between ? "after the IEA and before the next ISA" : "outside a transaction set (ST … SE)")}");
        }

        Remember(ref segment);
    }

    /// <summary>Closes whatever is still open (reporting missing trailers) and returns the report.</summary>
    public X12EnvelopeReport Complete()
    {
        string lastId = Text(_lastId.AsSpan(0, _lastIdLength));
        EndTransaction("the file ends", lastId);
        EndGroup("the file ends", lastId);
        EndInterchange("the file ends", lastId);
        X12TransactionEnvelope[] orphans = [.. _orphanGroups.SelectMany(g => g.Transactions), .. _orphanTransactions];
        return new X12EnvelopeReport(_interchanges, _issues, _lastOrdinal)
        {
            OrphanTransactions = [.. orphans.OrderBy(t => t.FirstSegmentOrdinal)],
        };
    }

    private void Remember(ref X12SegmentReader segment)
    {
        _lastOrdinal = segment.SegmentOrdinal;
        ReadOnlySpan<byte> id = segment.SegmentId;
        _lastIdLength = Math.Min(id.Length, _lastId.Length);
        id[.._lastIdLength].CopyTo(_lastId);
    }

    private void OpenInterchange(ref X12SegmentReader isa)
    {
        long ordinal = isa.SegmentOrdinal;
        EndTransaction("another ISA begins", "ISA", ordinal);
        EndGroup("another ISA begins", "ISA", ordinal);
        EndInterchange("another ISA begins", "ISA", ordinal);

        string control = isa.GetString(13);
        _interchange = new X12InterchangeEnvelope
        {
            Delimiters = isa.Delimiters,
            SenderQualifier = Trimmed(ref isa, 5),
            SenderId = Trimmed(ref isa, 6),
            ReceiverQualifier = Trimmed(ref isa, 7),
            ReceiverId = Trimmed(ref isa, 8),
            Date = isa.GetString(9),
            Time = isa.GetString(10),
            Version = isa.GetString(12),
            ControlNumber = control,
            AcknowledgmentRequested = isa.GetString(14),
            UsageIndicator = isa.GetString(15),
            FirstSegmentOrdinal = ordinal,
            ByteOffset = isa.ByteOffset,
            LastSegmentOrdinal = ordinal,
        };
        _interchanges.Add(_interchange);
        _groupControls.Clear();
        CheckIsaValues(ref isa);
        if (control.Length != 9 || !control.All(char.IsAsciiDigit))
        {
            Add(X12EnvelopeCodes.InvalidInterchangeControl, ordinal, "ISA", 13, control, "ISA13 must be nine digits");
        }
        else if (!_interchangeControls.Add(control))
        {
            Add(X12EnvelopeCodes.DuplicateInterchangeControl, ordinal, "ISA", 13, control,
                $"Interchange control number {control} is used by an earlier ISA in this file", X12Severity.Warning);
        }
    }

    private void CloseInterchange(ref X12SegmentReader iea)
    {
        long ordinal = iea.SegmentOrdinal;
        EndTransaction("the IEA comes first", "IEA", ordinal);
        EndGroup("the IEA comes first", "IEA", ordinal);
        if (_interchange is null)
        {
            Add(X12EnvelopeCodes.UnexpectedIea, ordinal, "IEA", null, null, "IEA without an ISA before it");
            return;
        }

        long? declared = Count(ref iea, "IEA", 1);
        _interchange.DeclaredGroupCount = declared;
        if (declared is { } count && count != _interchange.Groups.Count)
        {
            Add(X12EnvelopeCodes.GroupCountMismatch, ordinal, "IEA", 1, iea.GetString(1),
                $"IEA01 says {count} functional group(s) but the interchange holds {_interchange.Groups.Count}");
        }

        string control = iea.GetString(2);
        if (control != _interchange.ControlNumber)
        {
            Add(X12EnvelopeCodes.InterchangeControlMismatch, ordinal, "IEA", 2, control,
                $"IEA02 {control} does not match ISA13 {_interchange.ControlNumber}");
        }

        _interchange.IsClosed = true;
        _interchange.LastSegmentOrdinal = ordinal;
        CheckNotEmpty(_interchange);
        _interchange = null;
        _afterInterchange = true;
    }

    private void OpenGroup(ref X12SegmentReader gs)
    {
        long ordinal = gs.SegmentOrdinal;
        EndTransaction("a GS begins", "GS", ordinal);
        EndGroup("another GS begins", "GS", ordinal);
        string control = gs.GetString(6);
        _group = new X12GroupEnvelope
        {
            FunctionalId = gs.GetString(1),
            SenderCode = gs.GetString(2),
            ReceiverCode = gs.GetString(3),
            Date = gs.GetString(4),
            Time = gs.GetString(5),
            ControlNumber = control,
            Version = gs.GetString(8),
            FirstSegmentOrdinal = ordinal,
            LastSegmentOrdinal = ordinal,
        };
        _transactionControls.Clear();
        CheckGroupValues(ref gs);
        if (_interchange is null)
        {
            Add(X12EnvelopeCodes.OutsideInterchange, ordinal, "GS", null, null, "GS outside an interchange (no open ISA)");
            _orphanGroups.Add(_group);
        }
        else
        {
            _interchange.GroupList.Add(_group);
        }

        if (control.Length is < 1 or > 9 || !control.All(char.IsAsciiDigit))
        {
            Add(X12EnvelopeCodes.InvalidGroupControl, ordinal, "GS", 6, control, "GS06 must be a number of one to nine digits");
        }
        else if (!_groupControls.Add(control))
        {
            Add(X12EnvelopeCodes.DuplicateGroupControl, ordinal, "GS", 6, control,
                $"Group control number {control} is used by an earlier GS in this interchange", X12Severity.Warning);
        }
    }

    private void CloseGroup(ref X12SegmentReader ge)
    {
        long ordinal = ge.SegmentOrdinal;
        EndTransaction("the GE comes first", "GE", ordinal);
        if (_group is null)
        {
            Add(X12EnvelopeCodes.UnexpectedGe, ordinal, "GE", null, null, "GE without a GS before it");
            return;
        }

        long? declared = Count(ref ge, "GE", 1);
        _group.DeclaredTransactionCount = declared;
        if (declared is { } count && count != _group.Transactions.Count)
        {
            Add(X12EnvelopeCodes.TransactionCountMismatch, ordinal, "GE", 1, ge.GetString(1),
                $"GE01 says {count} transaction set(s) but the group holds {_group.Transactions.Count}");
        }

        string control = ge.GetString(2);
        if (control != _group.ControlNumber)
        {
            Add(X12EnvelopeCodes.GroupControlMismatch, ordinal, "GE", 2, control,
                $"GE02 {control} does not match GS06 {_group.ControlNumber}");
        }

        _group.IsClosed = true;
        _group.LastSegmentOrdinal = ordinal;
        CheckNotEmpty(_group);
        _group = null;
    }

    private void OpenTransaction(ref X12SegmentReader st)
    {
        long ordinal = st.SegmentOrdinal;
        EndTransaction("another ST begins", "ST", ordinal);
        string control = st.GetString(2);
        _transaction = new X12TransactionEnvelope
        {
            SetId = st.GetString(1),
            ControlNumber = control,
            ImplementationReference = st.ElementCount >= 3 ? st.GetString(3) : null,
            FirstSegmentOrdinal = ordinal,
            LastSegmentOrdinal = ordinal,
            ByteOffset = st.ByteOffset,
        };
        if (_transaction.ImplementationReference is { Length: > 0 } reference && _group is not null && reference != _group.Version)
        {
            Add(X12EnvelopeCodes.ImplementationReferenceMismatch, ordinal, "ST", 3, reference,
                $"ST03 {reference} differs from GS08 {_group.Version} of its group", X12Severity.Warning);
        }

        if (_group is null)
        {
            Add(X12EnvelopeCodes.TransactionOutsideGroup, ordinal, "ST", null, null, "ST outside a functional group (no open GS)");
            _orphanTransactions.Add(_transaction);
        }
        else
        {
            _group.TransactionList.Add(_transaction);
        }

        if (control.Length is < 4 or > 9)
        {
            Add(X12EnvelopeCodes.InvalidTransactionControl, ordinal, "ST", 2, control, "ST02 must be four to nine characters");
        }
        else if (!_transactionControls.Add(control))
        {
            Add(X12EnvelopeCodes.DuplicateTransactionControl, ordinal, "ST", 2, control,
                $"Transaction set control number {control} is used by an earlier ST in this group", X12Severity.Warning);
        }
    }

    private void CloseTransaction(ref X12SegmentReader se)
    {
        long ordinal = se.SegmentOrdinal;
        if (_transaction is null)
        {
            Add(X12EnvelopeCodes.UnexpectedSe, ordinal, "SE", null, null, "SE without an ST before it");
            return;
        }

        _transaction.LastSegmentOrdinal = ordinal;
        _transaction.ByteLength = se.ByteOffset + se.RawSegment.Length + 1 - _transaction.ByteOffset;
        long? declared = Count(ref se, "SE", 1);
        _transaction.DeclaredSegmentCount = declared;
        if (declared is { } count && count != _transaction.SegmentCount)
        {
            Add(X12EnvelopeCodes.SegmentCountMismatch, ordinal, "SE", 1, se.GetString(1),
                $"SE01 says {count} segment(s) but the transaction set has {_transaction.SegmentCount} from ST to SE");
        }

        string control = se.GetString(2);
        if (control != _transaction.ControlNumber)
        {
            Add(X12EnvelopeCodes.TransactionControlMismatch, ordinal, "SE", 2, control,
                $"SE02 {control} does not match ST02 {_transaction.ControlNumber}");
        }

        _transaction.IsClosed = true;
        _transaction = null;
    }
}
