namespace Rcm.X12.Transactions;

/// <summary>
/// A qualified date: DTP (DTP01 qualifier, DTP02 format, DTP03 value) or, in the 835, DTM (DTM01 qualifier, DTM02
/// date, DTM03 time; <see cref="Format"/> is null). D8 and RD8 values are decoded into <see cref="Date"/> and
/// <see cref="EndDate"/>; any other value (another format, or a date that is not a real date) is kept as sent in
/// <see cref="Text"/>, so nothing is rewritten.
/// </summary>
public sealed record X12DateValue
{
    /// <summary>DTP01/DTM01, e.g. <c>472</c> service date, <c>431</c> onset, <c>291</c> plan, <c>405</c> production.</summary>
    public string Qualifier { get; set; } = string.Empty;

    /// <summary>DTP02: <c>D8</c> (CCYYMMDD), <c>RD8</c> (range) or another format; null for DTM.</summary>
    public string? Format { get; set; }

    /// <summary>The date, or the start of a range.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The end of a range (RD8); null otherwise.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>DTP03/DTM02 as sent, only when it could not be decoded as D8 or RD8.</summary>
    public string? Text { get; set; }

    /// <summary>DTM03: time, when sent.</summary>
    public string? Time { get; set; }
}
