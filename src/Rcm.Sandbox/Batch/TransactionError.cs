namespace Rcm.Sandbox.Batch;

/// <summary>
/// One syntax error found in an inbound transaction set: IK502 code (e.g. 4 segment count mismatch, 5 control number
/// mismatch, 6 invalid transaction set) and, when one segment is at fault, its IK3 data.
/// </summary>
public sealed record TransactionError(string TransactionCode, string Message, string? SegmentId = null, int Position = 0, string? SegmentCode = null);
