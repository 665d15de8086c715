using Rcm.X12;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>
/// Where one transaction set lies in the scrubbed file: its ST…SE bytes (up to the next segment, so line breaks stay), the
/// ISA and GS that enclose it, their control numbers and the interchange's delimiters.
/// </summary>
internal readonly record struct TransactionSlice(
    int IsaStart, int GsStart, int GsEnd, int StStart, int StEnd, long StOrdinal, string IsaControl, string GsControl, X12Delimiters Delimiters)
{
    public bool IsEnveloped => IsaStart >= 0 && GsStart >= 0 && GsEnd >= 0;
}
