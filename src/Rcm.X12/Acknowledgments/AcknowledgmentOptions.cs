using Rcm.X12.Writing;

namespace Rcm.X12.Acknowledgments;

/// <summary>How <see cref="ImplementationAcknowledgmentWriter"/> writes a 999: clock, control numbers, line breaks.</summary>
public sealed record AcknowledgmentOptions
{
    /// <summary>The clock for ISA09/10 and GS04/05.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Control numbers for ISA13, GS06 and ST02; sequential from 1 when not set.</summary>
    public IControlNumberSource? ControlNumbers { get; init; }

    /// <summary>A line break after each segment (empty for none).</summary>
    public string LineBreak { get; init; } = "\n";

    /// <summary>ISA15 of the 999: P (production) or T (test); null copies the inbound interchange's.</summary>
    public string? UsageIndicator { get; init; }
}
