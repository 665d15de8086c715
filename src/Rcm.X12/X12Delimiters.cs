namespace Rcm.X12;

/// <summary>
/// The four delimiters an interchange declares in its ISA header. X12.5 fixes their places: the element separator is
/// ISA byte 3, the repetition separator is ISA11 (byte 82), the component separator is ISA16 (byte 104) and the
/// segment terminator is byte 105. A <see cref="Repetition"/> of 0 means the interchange declares none (ISA11 held a
/// standards identifier such as <c>U</c>, as in 004010).
/// </summary>
public readonly record struct X12Delimiters(byte Element, byte Component, byte Repetition, byte Segment)
{
    /// <summary>The delimiters most senders use: <c>*</c> <c>:</c> <c>^</c> <c>~</c>.</summary>
    public static X12Delimiters Default { get; } = new((byte)'*', (byte)':', (byte)'^', (byte)'~');

    /// <summary>True when the interchange declared a repetition separator.</summary>
    public bool HasRepetition => Repetition != 0;

    public override string ToString() =>
        $"element '{Show(Element)}' component '{Show(Component)}' repetition '{Show(Repetition)}' segment '{Show(Segment)}'";

    private static string Show(byte value) => value switch
    {
        0 => "none",
        < 0x20 or 0x7F => $"0x{value:X2}",
        _ => ((char)value).ToString(),
    };
}
