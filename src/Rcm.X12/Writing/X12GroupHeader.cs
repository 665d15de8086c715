namespace Rcm.X12.Writing;

/// <summary>
/// What goes into a GS segment. Null date, time or control number are filled from the writer's clock and
/// control-number source.
/// </summary>
public sealed record X12GroupHeader
{
    /// <summary>GS01: functional identifier, e.g. <c>HC</c> (837), <c>HP</c> (835), <c>HS</c> (270), <c>HB</c> (271).</summary>
    public required string FunctionalIdentifier { get; init; }

    /// <summary>GS02: application sender code.</summary>
    public required string SenderCode { get; init; }

    /// <summary>GS03: application receiver code.</summary>
    public required string ReceiverCode { get; init; }

    /// <summary>GS08: version/release/industry identifier, e.g. <c>005010X222A1</c>.</summary>
    public required string Version { get; init; }

    /// <summary>GS04 as CCYYMMDD; null for today from the writer's clock (UTC).</summary>
    public string? Date { get; init; }

    /// <summary>GS05 as HHMM (or HHMMSS…); null for now from the writer's clock (UTC).</summary>
    public string? Time { get; init; }

    /// <summary>GS06; null to take the next from the control-number source.</summary>
    public string? ControlNumber { get; init; }

    /// <summary>GS07: responsible agency, always <c>X</c> for ASC X12.</summary>
    public string ResponsibleAgency { get; init; } = "X";

    /// <summary>The functional identifier (GS01) for a transaction set id (ST01), per the 5010 guides.</summary>
    public static string FunctionalIdentifierFor(string transactionSetId) => transactionSetId switch
    {
        "837" => "HC",
        "835" => "HP",
        "270" => "HS",
        "271" => "HB",
        "276" => "HR",
        "277" => "HN",
        "278" => "HI",
        "999" => "FA",
        "834" => "BE",
        "820" => "RA",
        "275" => "PI",
        _ => throw new ArgumentException($"No 5010 functional identifier is known for transaction set {transactionSetId}.", nameof(transactionSetId)),
    };
}
