namespace Rcm.Codes.Storage;

/// <summary>
/// One dated row of a code table as the importers build it: the packed code (or code pair), the first
/// and last day of service it applies to (<see cref="DateOnly.DayNumber"/>; <see cref="OpenStart"/> =
/// in force before the data begins, <see cref="OpenEnd"/> = still in force), set-specific attributes
/// packed into an integer, and up to two texts.
/// </summary>
public readonly record struct CodeRow(ulong Key, int Start, int End, uint Attributes, string? Text, string? Detail)
{
    /// <summary>Start of a row known to be in force before the first loaded version.</summary>
    public const int OpenStart = 0;

    /// <summary>End of a row still in force in the newest loaded version.</summary>
    public const int OpenEnd = int.MaxValue;

    public bool IsOpenEnded => End == OpenEnd;

    /// <summary>True when both rows say the same thing (dates aside).</summary>
    public bool SameContent(in CodeRow other) =>
        Attributes == other.Attributes && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(Detail, other.Detail, StringComparison.Ordinal);
}
