namespace Rcm.X12.Writing;

/// <summary>
/// How an <see cref="X12Writer"/> lays out its output. Defaults: <c>* : ^ ~</c>, no line breaks, sequential control
/// numbers from 1, the system clock.
/// </summary>
public sealed record X12WriterOptions
{
    /// <summary>The delimiters written into each ISA and used for every segment.</summary>
    public X12Delimiters Delimiters { get; init; } = X12Delimiters.Default;

    /// <summary>
    /// Bytes written after each segment terminator, e.g. <c>"\n"</c> or <c>"\r\n"</c>; empty (the default) for none.
    /// X12 ignores them; people reading files like them.
    /// </summary>
    public string LineBreak { get; init; } = string.Empty;

    /// <summary>Control numbers for envelopes whose caller does not pass one.</summary>
    public IControlNumberSource? ControlNumbers { get; init; }

    /// <summary>Clock for ISA09/ISA10 and GS04/GS05 when the caller does not pass them.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Options with a line feed after each segment.</summary>
    public static X12WriterOptions WithLineFeeds { get; } = new() { LineBreak = "\n" };
}
