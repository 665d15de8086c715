namespace Rcm.X12.Transactions;

/// <summary>DMG: birth date (DMG01 format D8, DMG02) and gender (DMG03).</summary>
public sealed record X12Demographics
{
    public DateOnly? BirthDate { get; set; }

    /// <summary>DMG02 as sent (kept when it is not a valid D8 date).</summary>
    public string? BirthDateText { get; set; }

    /// <summary>DMG03: <c>F</c>, <c>M</c> or <c>U</c>.</summary>
    public string? Gender { get; set; }
}
