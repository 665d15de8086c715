namespace Rcm.X12.Guides;

/// <summary>One syntax note of a segment, e.g. <c>P0809</c>: NM108 and NM109 are sent together.</summary>
/// <param name="Kind">The relational condition.</param>
/// <param name="Positions">The 1-based element positions the rule names, in the order written.</param>
public sealed record SyntaxRule(SyntaxRuleKind Kind, IReadOnlyList<int> Positions)
{
    /// <summary>The positions as an array, for the validator's hot path.</summary>
    internal int[] PositionArray { get; } = [.. Positions];

    /// <summary>The lowest position the rule names: when a segment ends before it, only R can fail.</summary>
    internal int FirstPosition { get; } = Positions.Count == 0 ? 0 : Positions.Min();

    /// <summary>Parses the X12 notation: a letter followed by two digits per element (<c>C1110</c>).</summary>
    public static SyntaxRule Parse(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (text.Length < 5 || (text.Length - 1) % 2 != 0)
        {
            throw new FormatException($"Syntax rule '{text}' must be a letter followed by pairs of digits.");
        }

        var kind = text[0] switch
        {
            'P' => SyntaxRuleKind.Paired,
            'R' => SyntaxRuleKind.RequiredOne,
            'E' => SyntaxRuleKind.Exclusion,
            'C' => SyntaxRuleKind.Conditional,
            'L' => SyntaxRuleKind.ListConditional,
            _ => throw new FormatException($"Syntax rule '{text}' has an unknown kind '{text[0]}'."),
        };
        var positions = new int[(text.Length - 1) / 2];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = int.Parse(text.AsSpan(1 + (2 * i), 2), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new SyntaxRule(kind, positions);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var letter = Kind switch
        {
            SyntaxRuleKind.Paired => 'P',
            SyntaxRuleKind.RequiredOne => 'R',
            SyntaxRuleKind.Exclusion => 'E',
            SyntaxRuleKind.Conditional => 'C',
            _ => 'L',
        };
        return letter + string.Concat(Positions.Select(p => p.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
