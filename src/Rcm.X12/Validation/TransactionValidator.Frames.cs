using Rcm.X12.Guides;
using Rcm.X12.Reading;

namespace Rcm.X12.Validation;

/// <summary>The open-loop stack: one frame per open loop instance, with use counts per child.</summary>
internal sealed partial class TransactionValidator
{
    private void Push(LoopDefinition loop)
    {
        _depth++;
        if (_depth == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        Reset(_depth, loop);
        _stack[_depth].Counts[0] = 1;
    }

    private void Reset(int depth, LoopDefinition loop)
    {
        ref var frame = ref _stack[depth];
        var size = loop.ChildArray.Length;
        if (frame.Counts is null || frame.Counts.Length < size)
        {
            frame.Counts = new int[Math.Max(size, 16)];
        }
        else
        {
            Array.Clear(frame.Counts, 0, size);
        }

        frame.Loop = loop;
        frame.Position = 0;
    }

    /// <summary>Closes every loop instance deeper than <paramref name="level"/>.</summary>
    private void Close(int level, long ordinal, ReadOnlySpan<byte> segmentId)
    {
        while (_depth > level)
        {
            CloseFrame(_depth, ordinal, segmentId);
            _depth--;
        }
    }

    /// <summary>Reports the required children a loop instance never saw after its current position.</summary>
    private void CloseFrame(int depth, long ordinal, ReadOnlySpan<byte> segmentId) =>
        ReportSkipped(depth, _stack[depth].Position + 1, _stack[depth].Loop.ChildArray.Length, ordinal, segmentId);

    /// <summary>
    /// Reports required children in [from, to) of a loop instance that were never seen: called when the position
    /// moves past them and when the instance closes, so the finding sits at the segment where the gap shows.
    /// </summary>
    private void ReportSkipped(int depth, int from, int to, long ordinal, ReadOnlySpan<byte> segmentId)
    {
        ref var frame = ref _stack[depth];
        var children = frame.Loop.ChildArray;
        var loopId = depth == 0 ? null : frame.Loop.Id;
        foreach (var i in frame.Loop.RequiredIndexes)
        {
            if (i < from || frame.Counts[i] != 0)
            {
                continue;
            }

            if (i >= to)
            {
                break;
            }

            if (children[i] is LoopDefinition missingLoop)
            {
                // The value names the segment that would have started the loop (999 IK301).
                _sink.Add(GuideIssueCodes.RequiredLoopMissing, X12Severity.Error,
                    $"Required loop {missingLoop.Id} ({missingLoop.Name}) is missing{In(depth)}", ordinal, segmentId,
                    loopId, null, null, System.Text.Encoding.ASCII.GetBytes(missingLoop.Trigger.Id));
            }
            else
            {
                var s = (SegmentDefinition)children[i];
                _sink.Add(GuideIssueCodes.RequiredSegmentMissing, X12Severity.Error,
                    $"Required segment {s.Id} ({s.Name}) is missing{In(depth)}", ordinal, segmentId, loopId, null, null,
                    System.Text.Encoding.ASCII.GetBytes(s.Id));
            }
        }
    }

    private string In(int depth) => depth == 0 ? "" : $" from loop {_stack[depth].Loop.Id} ({_stack[depth].Loop.Name})";

    /// <summary>A segment with no place here: out of order in its loop, defined elsewhere, or not in the guide.</summary>
    private void ReportMisplaced(ref X12SegmentReader r, uint id)
    {
        ref var top = ref _stack[_depth];
        var loopId = _depth == 0 ? null : top.Loop.Id;
        for (var i = 1; i < top.Position && i < top.Loop.ChildArray.Length; i++)
        {
            if (top.Loop.ChildArray[i] is SegmentDefinition s && s.PackedId == id)
            {
                _sink.Add(GuideIssueCodes.SegmentOutOfOrder, X12Severity.Error,
                    $"{s.Id} ({s.Name}) belongs before {((GuideNode)top.Loop.ChildArray[top.Position]).Id} in {Where(_depth)}",
                    r.SegmentOrdinal, r.SegmentId, loopId);
                return;
            }
        }

        var text = IssueCollector.Text(r.SegmentId);
        if (Defines(_guide!.Transaction, id))
        {
            _sink.Add(GuideIssueCodes.UnexpectedSegment, X12Severity.Error,
                $"{text} is not expected here ({Where(_depth)}); the guide places it elsewhere", r.SegmentOrdinal,
                r.SegmentId, loopId);
        }
        else
        {
            _sink.Add(GuideIssueCodes.SegmentNotInGuide, X12Severity.Error,
                $"{text} is not a segment of {_guide.TransactionSetId} {_guide.Version}", r.SegmentOrdinal, r.SegmentId,
                loopId);
        }
    }

    private static bool Defines(LoopDefinition loop, uint id)
    {
        foreach (var child in loop.ChildArray)
        {
            if (child is SegmentDefinition s ? s.PackedId == id : Defines((LoopDefinition)child, id))
            {
                return true;
            }
        }

        return false;
    }

    private struct Frame
    {
        public LoopDefinition Loop;
        public int Position;
        public int[] Counts;
    }
}
