namespace Rcm.X12.Reading;

/// <summary>
/// Called by <see cref="X12StreamReader.ReadAll"/> once per segment, with the reader positioned on it. Use the
/// segment members only; do not call <see cref="X12SegmentReader.Read"/> from the callback.
/// </summary>
public delegate void X12SegmentCallback(ref X12SegmentReader segment);
