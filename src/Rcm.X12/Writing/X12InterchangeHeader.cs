namespace Rcm.X12.Writing;

/// <summary>
/// What goes into an ISA segment. The writer pads every field to its fixed X12.5 width; the delimiters come from the
/// writer's options (ISA11 repetition separator, ISA16 component separator). Null date, time or control number are
/// filled from the writer's clock and control-number source.
/// </summary>
public sealed record X12InterchangeHeader
{
    /// <summary>ISA05: qualifier of the sender id, e.g. <c>ZZ</c> (mutually defined) or <c>30</c> (tax id).</summary>
    public required string SenderQualifier { get; init; }

    /// <summary>ISA06: the sender id (up to 15 characters).</summary>
    public required string SenderId { get; init; }

    /// <summary>ISA07: qualifier of the receiver id.</summary>
    public required string ReceiverQualifier { get; init; }

    /// <summary>ISA08: the receiver id (up to 15 characters).</summary>
    public required string ReceiverId { get; init; }

    /// <summary>ISA15: <c>P</c> production or <c>T</c> test.</summary>
    public string UsageIndicator { get; init; } = "P";

    /// <summary>ISA14: <c>1</c> asks the receiver for a TA1 interchange acknowledgment.</summary>
    public string AcknowledgmentRequested { get; init; } = "0";

    /// <summary>ISA01/ISA02: authorization information qualifier and value (<c>00</c> and blanks for none).</summary>
    public string AuthorizationQualifier { get; init; } = "00";

    public string AuthorizationInformation { get; init; } = string.Empty;

    /// <summary>ISA03/ISA04: security information qualifier and value (<c>00</c> and blanks for none).</summary>
    public string SecurityQualifier { get; init; } = "00";

    public string SecurityInformation { get; init; } = string.Empty;

    /// <summary>ISA09 as YYMMDD; null for today from the writer's clock (UTC).</summary>
    public string? Date { get; init; }

    /// <summary>ISA10 as HHMM; null for now from the writer's clock (UTC).</summary>
    public string? Time { get; init; }

    /// <summary>ISA12: the interchange control version, <c>00501</c> for 5010.</summary>
    public string Version { get; init; } = "00501";

    /// <summary>ISA13: nine digits; null to take the next from the control-number source.</summary>
    public string? ControlNumber { get; init; }
}
