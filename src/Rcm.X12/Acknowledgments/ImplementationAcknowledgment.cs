namespace Rcm.X12.Acknowledgments;

/// <summary>A 999 read back: one entry per acknowledged functional group.</summary>
/// <param name="Groups">The groups in file order.</param>
public sealed record ImplementationAcknowledgment(IReadOnlyList<AcknowledgedGroup> Groups);
