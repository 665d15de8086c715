using System.Text.RegularExpressions;

namespace Rcm.X12.Guides;

/// <summary>A simple element, a composite, or a component of a composite, at one place in a guide.</summary>
public sealed class ElementDefinition
{
    internal ElementDefinition(int position, GuideUsage usage, string typeName, int minLength, int maxLength,
        int maxRepeat, IReadOnlyList<string>? codes, string? externalCodeList, string? pattern, string name,
        IReadOnlyList<ElementDefinition?>? components)
    {
        Position = position;
        Usage = usage;
        TypeName = typeName;
        MinLength = minLength;
        MaxLength = maxLength;
        MaxRepeat = maxRepeat;
        Codes = codes;
        ExternalCodeList = externalCodeList;
        Pattern = pattern;
        Name = name;
        Components = components;
        (DataType, ImpliedDecimals) = ParseType(typeName, components is not null);
        CodeBytes = codes?.Select(c => System.Text.Encoding.ASCII.GetBytes(c)).ToArray();
        PackedCodes = CodeBytes is { } bytes && bytes.All(b => b.Length is > 0 and <= 8) ? bytes.Select(b => Pack(b)).ToArray() : null;
        // Built on first use: constructing a Regex costs milliseconds at start-up, and few values ever reach one.
        _patternRegex = pattern is null ? null : new Lazy<Regex>(() => new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant));
    }

    /// <summary>1-based position in the segment (or in the composite, for a component).</summary>
    public int Position { get; }

    /// <summary>Required, situational or not used.</summary>
    public GuideUsage Usage { get; }

    /// <summary>The type as written in the guide: <c>AN</c>, <c>ID</c>, <c>DT</c>, <c>TM</c>, <c>N0</c>, <c>R</c>, or a composite id <c>C023</c>.</summary>
    public string TypeName { get; }

    /// <summary>The type.</summary>
    public X12DataType DataType { get; }

    /// <summary>Implied decimal places of an <c>Nn</c> element.</summary>
    public int ImpliedDecimals { get; }

    /// <summary>Minimum length (digits only for numeric types).</summary>
    public int MinLength { get; }

    /// <summary>Maximum length (digits only for numeric types).</summary>
    public int MaxLength { get; }

    /// <summary>How many repetitions the guide allows (1 = not repeating).</summary>
    public int MaxRepeat { get; }

    /// <summary>The codes the guide allows, when it fixes a list.</summary>
    public IReadOnlyList<string>? Codes { get; }

    /// <summary>Name of an external code list (states, pos, remark codes…) that this engine does not check.</summary>
    public string? ExternalCodeList { get; }

    /// <summary>A regular expression the whole value must match, when the guide sets one.</summary>
    public string? Pattern { get; }

    /// <summary>The guide's name for the element.</summary>
    public string Name { get; }

    /// <summary>Components of a composite by position (index 0 = component 1); null for simple elements.</summary>
    public IReadOnlyList<ElementDefinition?>? Components { get; }

    internal byte[][]? CodeBytes { get; }

    /// <summary>The codes packed into integers (all codes here are 1–8 bytes), for a compare per code.</summary>
    internal ulong[]? PackedCodes { get; }

    /// <summary>Packs up to 8 bytes; values never hold a zero byte (the reader rejects control characters).</summary>
    internal static ulong Pack(ReadOnlySpan<byte> value)
    {
        ulong packed = 0;
        for (var i = 0; i < value.Length; i++)
        {
            packed |= (ulong)value[i] << (8 * i);
        }

        return packed;
    }

    internal Regex? PatternRegex => _patternRegex?.Value;

    internal bool HasPattern => _patternRegex is not null;

    private readonly Lazy<Regex>? _patternRegex;

    private static (X12DataType, int) ParseType(string typeName, bool composite)
    {
        if (composite)
        {
            return (X12DataType.Composite, 0);
        }

        return typeName switch
        {
            "AN" => (X12DataType.AN, 0),
            "ID" => (X12DataType.ID, 0),
            "DT" => (X12DataType.DT, 0),
            "TM" => (X12DataType.TM, 0),
            "R" => (X12DataType.R, 0),
            "B" => (X12DataType.B, 0),
            ['N', var d] when char.IsAsciiDigit(d) => (X12DataType.N, d - '0'),
            "N" => (X12DataType.N, 0),
            _ => throw new FormatException($"Unknown X12 data type '{typeName}'."),
        };
    }
}
