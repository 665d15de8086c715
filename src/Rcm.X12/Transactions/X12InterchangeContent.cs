namespace Rcm.X12.Transactions;

/// <summary>One interchange (ISA…IEA) of a parsed file and the groups it holds.</summary>
public sealed record X12InterchangeContent
{
    /// <summary>ISA05.</summary>
    public string SenderQualifier { get; set; } = string.Empty;

    /// <summary>ISA06, without its padding.</summary>
    public string SenderId { get; set; } = string.Empty;

    /// <summary>ISA07.</summary>
    public string ReceiverQualifier { get; set; } = string.Empty;

    /// <summary>ISA08, without its padding.</summary>
    public string ReceiverId { get; set; } = string.Empty;

    /// <summary>ISA09 (YYMMDD) and ISA10 (HHMM) as sent.</summary>
    public string Date { get; set; } = string.Empty;

    public string Time { get; set; } = string.Empty;

    /// <summary>ISA13.</summary>
    public string ControlNumber { get; set; } = string.Empty;

    /// <summary>ISA15: <c>P</c> production, <c>T</c> test.</summary>
    public string UsageIndicator { get; set; } = string.Empty;

    public List<X12GroupContent> Groups { get => field ??= []; set; }
}
