using Rcm.X12.Guides;
using Rcm.X12.Reading;
using Rcm.X12.Validation.Rules;

namespace Rcm.X12.Validation;

/// <summary>
/// Walks one transaction set through its guide: a state machine over the guide tree that finds each segment's
/// place (segment order, loop starts told apart by their qualifier, loop and segment repeats), reports what is
/// missing when a loop closes, checks elements, and feeds the transaction rules (hierarchy, balancing).
/// One instance is reused for every transaction of a file; its per-depth counters are allocated once per guide.
/// </summary>
internal sealed partial class TransactionValidator
{
    private readonly IssueCollector _sink;
    private Frame[] _stack = new Frame[16];
    private int _depth;
    private ImplementationGuide? _guide;
    private TransactionRule[] _rules = [];

    public TransactionValidator(IssueCollector sink) => _sink = sink;

    /// <summary>The loop the last matched segment belongs to (null at the transaction's header level).</summary>
    public string? CurrentLoopId { get; private set; }

    /// <summary>Starts a transaction at its ST segment.</summary>
    public void Begin(ImplementationGuide guide, ref X12SegmentReader st, bool checkHeader)
    {
        if (!ReferenceEquals(guide, _guide))
        {
            _guide = guide;
            _rules = TransactionRules.For(guide);
            MarkRules(guide.Transaction, _rules);
        }

        _depth = 0;
        Reset(0, guide.Transaction);
        _stack[0].Counts[0] = 1;
        CurrentLoopId = null;
        foreach (var rule in _rules)
        {
            rule.Begin();
        }

        if (checkHeader)
        {
            ElementChecker.Check(ref st, guide.Transaction.Trigger, null, _sink);
        }
    }

    /// <summary>Checks one segment between ST and SE (SE included).</summary>
    // Hot path: compiled optimized at once, so a one-file CLI run does not spend its time in unoptimized code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Segment(ref X12SegmentReader r)
    {
        var id = SegmentIds.Pack(r.SegmentId);
        if (id == SegmentIds.Invalid || !IsUpperAlnum(r.SegmentId))
        {
            return; // the envelope tracker reports malformed segment identifiers (X12141)
        }

        if (!Find(ref r, id, strict: true, out var level, out var index) && !Find(ref r, id, strict: false, out level, out index))
        {
            ReportMisplaced(ref r, id);
            return;
        }

        Close(level, r.SegmentOrdinal, r.SegmentId);
        ref var frame = ref _stack[level];
        ReportSkipped(level, frame.Position + 1, index, r.SegmentOrdinal, r.SegmentId);
        var node = frame.Loop.ChildArray[index];
        frame.Position = index;
        var count = ++frame.Counts[index];
        SegmentDefinition segment;
        if (node is LoopDefinition loop)
        {
            CurrentLoopId = loop.Id;
            if (count > loop.MaxOccurs)
            {
                _sink.Add(GuideIssueCodes.LoopRepeatsTooOften, X12Severity.Error,
                    $"Loop {loop.Id} ({loop.Name}) occurs {count} times here; the guide allows {loop.MaxOccurs}",
                    r.SegmentOrdinal, r.SegmentId, loop.Id);
            }

            if (loop.Usage == GuideUsage.NotUsed)
            {
                _sink.Add(GuideIssueCodes.NotUsedSegmentPresent, X12Severity.Error,
                    $"Loop {loop.Id} ({loop.Name}) is marked Not Used in this guide", r.SegmentOrdinal, r.SegmentId, loop.Id);
            }

            Push(loop);
            segment = loop.Trigger;
        }
        else
        {
            segment = (SegmentDefinition)node;
            CurrentLoopId = level == 0 ? null : frame.Loop.Id;
            if (count > segment.MaxOccurs)
            {
                _sink.Add(GuideIssueCodes.SegmentRepeatsTooOften, X12Severity.Error,
                    $"{segment.Id} ({segment.Name}) occurs {count} times in {Where(level)}; the guide allows {segment.MaxOccurs}",
                    r.SegmentOrdinal, r.SegmentId, CurrentLoopId);
            }

            if (segment.Usage == GuideUsage.NotUsed)
            {
                _sink.Add(GuideIssueCodes.NotUsedSegmentPresent, X12Severity.Error,
                    $"{segment.Id} ({segment.Name}) is marked Not Used in this guide", r.SegmentOrdinal, r.SegmentId,
                    CurrentLoopId);
            }
        }

        ElementChecker.Check(ref r, segment, CurrentLoopId, _sink);
        for (var mask = segment.RuleMask; mask != 0; mask &= mask - 1)
        {
            _rules[System.Numerics.BitOperations.TrailingZeroCount(mask)].Segment(ref r, id, CurrentLoopId, _sink);
        }
    }

    /// <summary>Ends the transaction (after SE, or where the envelope was cut off): reports what is still missing.</summary>
    public void End(long ordinal, ReadOnlySpan<byte> segmentId)
    {
        if (_guide is null)
        {
            return;
        }

        Close(0, ordinal, segmentId);
        CloseFrame(0, ordinal, segmentId);
        foreach (var rule in _rules)
        {
            rule.End(ordinal, segmentId, _sink);
        }
    }

    /// <summary>
    /// Finds where a segment fits: from the innermost open loop outwards, the first child at or after the current
    /// position whose segment id matches (and, when <paramref name="strict"/>, whose qualifier is one the guide
    /// lists), a segment of the loop itself or the start of a child loop. A loop's own trigger never repeats inside
    /// the same instance: another trigger starts a new instance, found one level up.
    /// </summary>
    // Hot path: compiled optimized at once, so a one-file CLI run does not spend its time in unoptimized code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool Find(ref X12SegmentReader r, uint id, bool strict, out int level, out int index)
    {
        for (level = _depth; level >= 0; level--)
        {
            ref var frame = ref _stack[level];
            var loop = frame.Loop;
            var slot = loop.ChildIds.AsSpan().IndexOf(id);
            if (slot < 0)
            {
                continue;
            }

            var children = loop.ChildArray;
            var start = Math.Max(frame.Position, 1);
            var fallback = -1;
            foreach (var i in loop.ChildIndexes[slot])
            {
                if (i < start)
                {
                    continue;
                }

                if (children[i] is SegmentDefinition s)
                {
                    if (strict && !KeyMatches(ref r, s))
                    {
                        continue;
                    }

                    if (frame.Counts[i] < s.MaxOccurs)
                    {
                        index = strict && s.HasLaterTwin ? BestTwin(ref r, children, i) : i;
                        return true;
                    }

                    if (fallback < 0)
                    {
                        fallback = i;
                    }
                }
                else if (!strict || KeyMatches(ref r, ((LoopDefinition)children[i]).Trigger))
                {
                    index = i;
                    return true;
                }
            }

            if (fallback >= 0)
            {
                // Every definition here is used up: report the extra repeat here rather than closing loops.
                index = fallback;
                return true;
            }
        }

        level = 0;
        index = 0;
        return false;
    }

    /// <summary>Among same-id definitions that accept the qualifier, the first whose coded elements all fit.</summary>
    private static int BestTwin(ref X12SegmentReader r, GuideNode[] children, int first)
    {
        var id = ((SegmentDefinition)children[first]).PackedId;
        for (var i = first; i < children.Length; i++)
        {
            if (children[i] is SegmentDefinition s && s.PackedId == id && KeyMatches(ref r, s) && CodesFit(ref r, s))
            {
                return i;
            }
        }

        return first;
    }

    private static bool CodesFit(ref X12SegmentReader r, SegmentDefinition s)
    {
        var elements = s.ElementArray;
        for (var p = 1; p <= elements.Length; p++)
        {
            if (elements[p - 1] is { CodeBytes: { } codes } && r.Element(p) is { IsEmpty: false } value && !ValueFormats.IsOneOf(value, codes))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sets each segment definition's <see cref="SegmentDefinition.RuleMask"/> for this guide's rules.</summary>
    private static void MarkRules(LoopDefinition loop, TransactionRule[] rules)
    {
        foreach (var child in loop.ChildArray)
        {
            if (child is LoopDefinition inner)
            {
                MarkRules(inner, rules);
                continue;
            }

            var segment = (SegmentDefinition)child;
            ulong mask = 0;
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].SegmentIds.Contains(segment.Id))
                {
                    mask |= 1UL << i;
                }
            }

            segment.RuleMask = mask;
        }
    }

    private static bool KeyMatches(ref X12SegmentReader r, SegmentDefinition s)
    {
        if (s.KeyCodes is not { } codes)
        {
            return true;
        }

        var value = r.Element(s.KeyPosition);
        if (s.KeyComponent > 0)
        {
            var cut = value.IndexOf(r.Delimiters.Component);
            if (cut >= 0)
            {
                value = value[..cut];
            }

            if (r.Delimiters.HasRepetition)
            {
                cut = value.IndexOf(r.Delimiters.Repetition);
                if (cut >= 0)
                {
                    value = value[..cut];
                }
            }
        }

        return s.KeyPacked is { } packed
            ? value.Length is > 0 and <= 8 && Array.IndexOf(packed, ElementDefinition.Pack(value)) >= 0
            : ValueFormats.IsOneOf(value, codes);
    }

    private static bool IsUpperAlnum(ReadOnlySpan<byte> id)
    {
        foreach (var b in id)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')))
            {
                return false;
            }
        }

        return true;
    }

    private string Where(int level) => level == 0 ? "the transaction header" : "loop " + _stack[level].Loop.Id;
}
