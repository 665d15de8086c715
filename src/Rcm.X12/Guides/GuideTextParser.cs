using System.Globalization;

namespace Rcm.X12.Guides;

/// <summary>
/// Reads OpenRCM's guide text (described in GuideText.md): one line per loop, segment, element, component or syntax
/// rule, nested by two-space indentation, so that a guide file reads like the TR3 page.
/// </summary>
internal static class GuideTextParser
{
    public static ImplementationGuide Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        string? st01 = null, version = null, gs01 = null, title = null;
        var notes = new List<string>();
        var root = new LoopBuilder("ST", "Transaction Set", GuideUsage.Required, 1);
        var stack = new List<(int ChildIndent, object Node)> { (0, root) };
        for (var n = 0; n < lines.Length; n++)
        {
            var raw = lines[n].TrimEnd('\r');
            var trimmed = raw.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var indent = raw.Length - trimmed.Length;
            var tokens = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            try
            {
                if (tokens[0] == "guide")
                {
                    (st01, version, gs01, title) = (tokens[1], tokens[2], tokens[3], string.Join(' ', tokens.Skip(4)));
                    continue;
                }

                if (tokens[0] == "note")
                {
                    notes.Add(string.Join(' ', tokens.Skip(1)));
                    continue;
                }

                while (stack.Count > 1 && stack[^1].ChildIndent > indent)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                if (stack[^1].ChildIndent != indent)
                {
                    throw new FormatException($"indentation {indent} does not fit under its parent");
                }

                var parent = stack[^1].Node;
                if (tokens[0] == "loop")
                {
                    var loop = new LoopBuilder(tokens[1], Rest(tokens, 4), ParseUsage(tokens[2]), ParseMax(tokens[3]));
                    ((LoopBuilder)parent).Children.Add(loop);
                    stack.Add((indent + 2, loop));
                }
                else if (tokens[0] == "rule")
                {
                    ((SegmentBuilder)parent).Rules.Add(SyntaxRule.Parse(tokens[1]));
                }
                else if (char.IsAsciiDigit(tokens[0][0]))
                {
                    var element = ParseElement(tokens);
                    switch (parent)
                    {
                        case SegmentBuilder s:
                            s.Elements.Add(element);
                            break;
                        case ElementBuilder composite:
                            composite.Components.Add(element);
                            break;
                        default:
                            throw new FormatException("an element must sit under a segment or a composite");
                    }

                    stack.Add((indent + 2, element));
                }
                else
                {
                    var segment = new SegmentBuilder(tokens[0], Rest(tokens, 3), ParseUsage(tokens[1]), ParseMax(tokens[2]));
                    ((LoopBuilder)parent).Children.Add(segment);
                    stack.Add((indent + 2, segment));
                }
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or IndexOutOfRangeException)
            {
                throw new FormatException($"Guide text line {n + 1} '{trimmed}': {e.Message}", e);
            }
        }

        if (st01 is null || version is null || gs01 is null)
        {
            throw new FormatException("Guide text has no 'guide' line.");
        }

        var transaction = (LoopDefinition)Build(root);
        MarkTwins(transaction);
        transaction.IsTransaction = true;
        return new ImplementationGuide(st01, version, gs01, title ?? st01, transaction, notes);
    }

    private static string Rest(string[] tokens, int from) => string.Join(' ', tokens.Skip(from));

    private static GuideUsage ParseUsage(string token) => token switch
    {
        "R" => GuideUsage.Required,
        "S" => GuideUsage.Situational,
        "N" => GuideUsage.NotUsed,
        _ => throw new FormatException($"usage must be R, S or N, not '{token}'"),
    };

    private static int ParseMax(string token) =>
        token is "+" or ">1" ? int.MaxValue : int.Parse(token, NumberStyles.None, CultureInfo.InvariantCulture);

    private static ElementBuilder ParseElement(string[] tokens)
    {
        var label = tokens[0];
        var dash = label.IndexOf('-', StringComparison.Ordinal);
        var position = int.Parse(dash < 0 ? label : label[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
        if (!IsKnownType(tokens[2]))
        {
            throw new FormatException($"unknown data type '{tokens[2]}' (AN, ID, DT, TM, Nn, R, B or a composite Cnnn)");
        }

        var e = new ElementBuilder(position, ParseUsage(tokens[1]), tokens[2]);
        var i = 3;
        for (; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Contains('/', StringComparison.Ordinal) && char.IsAsciiDigit(t[0]))
            {
                var parts = t.Split('/');
                e.Min = int.Parse(parts[0], CultureInfo.InvariantCulture);
                e.Max = int.Parse(parts[1], CultureInfo.InvariantCulture);
            }
            else if (t.Length > 1 && t[0] == 'x' && (t[1] == '+' || char.IsAsciiDigit(t[1])))
            {
                e.Repeat = ParseMax(t[1..]);
            }
            else if (t[0] == '[')
            {
                var codes = new List<string>();
                for (; ; i++)
                {
                    // '_' stands for a space inside a code (999 CTX01-1 "SITUATIONAL TRIGGER").
                    var c = tokens[i].Trim('[', ']').Replace('_', ' ');
                    if (c.Length > 0)
                    {
                        codes.Add(c);
                    }

                    if (tokens[i].EndsWith(']'))
                    {
                        break;
                    }
                }

                e.Codes = codes;
            }
            else if (t[0] == '@')
            {
                e.External = t[1..];
            }
            else if (t[0] == '~')
            {
                e.Pattern = t[1..];
            }
            else
            {
                break;
            }
        }

        e.Name = Rest(tokens, i);
        return e;
    }

    private static bool IsKnownType(string type) =>
        type is "AN" or "ID" or "DT" or "TM" or "R" or "B" or "N"
        || (type.Length == 2 && type[0] == 'N' && char.IsAsciiDigit(type[1]))
        || (type.Length == 4 && type[0] == 'C' && type.Skip(1).All(char.IsAsciiDigit));

    private static GuideNode Build(object node) => node switch
    {
        LoopBuilder l => BuildLoop(l),
        SegmentBuilder s => BuildSegment(s),
        _ => throw new InvalidOperationException("unexpected node"),
    };

    private static LoopDefinition BuildLoop(LoopBuilder l)
    {
        var children = l.Children.Select(Build).ToArray();
        if (children.Length == 0 || children[0] is not SegmentDefinition)
        {
            throw new FormatException($"loop {l.Id} must start with a segment");
        }

        var loop = new LoopDefinition(l.Id, l.Name, l.Usage, l.Max, children) { ChildArray = children };
        loop.IndexChildren();
        return loop;
    }

    private static SegmentDefinition BuildSegment(SegmentBuilder s)
    {
        var elements = BuildElements(s.Elements);
        var segment = new SegmentDefinition(s.Id, s.Name, s.Usage, s.Max, elements, s.Rules.ToArray())
        {
            PackedId = SegmentIds.Pack(s.Id),
            ElementArray = elements,
            RuleArray = s.Rules.ToArray(),
        };
        SetKey(segment);
        return segment;
    }

    private static ElementDefinition?[] BuildElements(List<ElementBuilder> builders)
    {
        var count = builders.Count == 0 ? 0 : builders.Max(b => b.Position);
        var result = new ElementDefinition?[count];
        foreach (var b in builders)
        {
            var components = b.Components.Count > 0 || b.Type.StartsWith('C') ? BuildElements(b.Components) : null;
            result[b.Position - 1] = new ElementDefinition(b.Position, b.Usage, b.Type, b.Min, b.Max, b.Repeat, b.Codes,
                b.External, b.Pattern, b.Name, components);
        }

        return result;
    }

    /// <summary>
    /// Marks segments that share their id with a later sibling definition (the 2400 PWK for attachments and the
    /// PWK for a DME certificate both accept PWK01=CT): for those the validator picks the definition whose every
    /// coded element fits, not merely the first whose qualifier fits.
    /// </summary>
    private static void MarkTwins(LoopDefinition loop)
    {
        var children = loop.ChildArray;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is LoopDefinition child)
            {
                MarkTwins(child);
                continue;
            }

            var s = (SegmentDefinition)children[i];
            for (var j = i + 1; j < children.Length; j++)
            {
                // Only twins whose qualifiers overlap need the closer look; disjoint qualifiers decide alone.
                if (children[j] is SegmentDefinition t && t.PackedId == s.PackedId && QualifiersOverlap(s, t))
                {
                    s.HasLaterTwin = true;
                    break;
                }
            }
        }
    }

    private static bool QualifiersOverlap(SegmentDefinition a, SegmentDefinition b) =>
        a.KeyCodes is null || b.KeyCodes is null || a.KeyPosition != b.KeyPosition
        || a.KeyCodes.Any(x => b.KeyCodes.Any(y => x.AsSpan().SequenceEqual(y)));

    /// <summary>
    /// The element whose codes tell same-id segments and sibling loops apart: HL03 (hierarchical level code) for HL,
    /// otherwise the first element (or its first component) when the guide fixes its codes (NM101, REF01, DTP01, HI01-1).
    /// </summary>
    private static void SetKey(SegmentDefinition segment)
    {
        var position = segment.Id == "HL" ? 3 : 1;
        var element = segment.Element(position);
        if (element is null)
        {
            return;
        }

        if (element.DataType == X12DataType.Composite)
        {
            var first = element.Components is { Count: > 0 } c ? c[0] : null;
            if (first?.CodeBytes is { } codes)
            {
                (segment.KeyPosition, segment.KeyComponent, segment.KeyCodes) = (position, 1, codes);
            }
        }
        else if (element.CodeBytes is { } codes)
        {
            // Component 0: a simple element, compared whole.
            (segment.KeyPosition, segment.KeyComponent, segment.KeyCodes) = (position, 0, codes);
        }
    }

    private sealed class LoopBuilder(string id, string name, GuideUsage usage, int max)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public GuideUsage Usage { get; } = usage;
        public int Max { get; } = max;
        public List<object> Children { get; } = [];
    }

    private sealed class SegmentBuilder(string id, string name, GuideUsage usage, int max)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public GuideUsage Usage { get; } = usage;
        public int Max { get; } = max;
        public List<ElementBuilder> Elements { get; } = [];
        public List<SyntaxRule> Rules { get; } = [];
    }

    private sealed class ElementBuilder(int position, GuideUsage usage, string type)
    {
        public int Position { get; } = position;
        public GuideUsage Usage { get; } = usage;
        public string Type { get; } = type;
        public int Min { get; set; } = 1;
        public int Max { get; set; } = 256;
        public int Repeat { get; set; } = 1;
        public List<string>? Codes { get; set; }
        public string? External { get; set; }
        public string? Pattern { get; set; }
        public string Name { get; set; } = "";
        public List<ElementBuilder> Components { get; } = [];
    }
}
