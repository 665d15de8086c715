using Rcm.X12.Guides;
using Rcm.X12.Reading;

namespace Rcm.X12.Validation;

/// <summary>
/// SNIP level 1–2 checks of one segment's elements against its guide definition: presence by usage, element count,
/// type (X12.6 §3.6), length, code list, components, repetitions and the segment's syntax notes. Works over the
/// reader's spans; allocates only when it reports a finding.
/// </summary>
internal static class ElementChecker
{
    // Hot path: compiled optimized at once, so a one-file CLI run does not spend its time in unoptimized code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Check(ref X12SegmentReader r, SegmentDefinition def, string? loopId, IssueCollector sink)
    {
        if (def.ElementsUnchecked)
        {
            return;
        }

        var defs = def.ElementArray;
        var count = r.ElementCount;
        var delimiters = r.Delimiters;
        for (var p = defs.Length + 1; p <= count; p++)
        {
            if (!r.Element(p).IsEmpty)
            {
                sink.Add(GuideIssueCodes.TooManyElements, X12Severity.Error,
                    $"{def.Id} has data in element {p:00}, but the guide defines only {defs.Length} elements",
                    r.SegmentOrdinal, r.SegmentId, loopId, p, null, r.Element(p));
                break;
            }
        }

        var limit = Math.Min(defs.Length, count);
        for (var p = 1; p <= defs.Length; p++)
        {
            var e = defs[p - 1];
            if (e is null)
            {
                continue;
            }

            var value = p <= limit ? r.Element(p) : default;
            if (value.IsEmpty)
            {
                if (e.Usage == GuideUsage.Required)
                {
                    sink.Add(GuideIssueCodes.RequiredElementMissing, X12Severity.Error,
                        $"{def.Id}{p:00} ({e.Name}) is required", r.SegmentOrdinal, r.SegmentId, loopId, p);
                }

                continue;
            }

            if (e.Usage == GuideUsage.NotUsed)
            {
                sink.Add(GuideIssueCodes.NotUsedElementPresent, X12Severity.Error,
                    $"{def.Id}{p:00} ({e.Name}) is marked Not Used in this guide", r.SegmentOrdinal, r.SegmentId,
                    loopId, p, null, value);
                continue;
            }

            if (e.MaxRepeat > 1 && delimiters.HasRepetition)
            {
                var repetitions = 0;
                var rest = value;
                while (true)
                {
                    var cut = rest.IndexOf(delimiters.Repetition);
                    var one = cut < 0 ? rest : rest[..cut];
                    repetitions++;
                    CheckValue(ref r, def, e, one, p, loopId, sink);
                    if (cut < 0)
                    {
                        break;
                    }

                    rest = rest[(cut + 1)..];
                }

                if (repetitions > e.MaxRepeat)
                {
                    sink.Add(GuideIssueCodes.TooManyRepetitions, X12Severity.Error,
                        $"{def.Id}{p:00} repeats {repetitions} times; the guide allows {e.MaxRepeat}",
                        r.SegmentOrdinal, r.SegmentId, loopId, p, null, value);
                }

                continue;
            }

            if (e.MaxRepeat == 1 && IsPlainlyValid(e, value, delimiters))
            {
                continue;
            }

            // One scan finds either separator; most values hold neither.
            if (value.IndexOfAny(delimiters.Component, delimiters.HasRepetition ? delimiters.Repetition : delimiters.Component) < 0)
            {
                if (e.DataType != X12DataType.Composite)
                {
                    CheckSimple(ref r, def, e, value, p, null, loopId, sink);
                    continue;
                }
            }
            else if (delimiters.HasRepetition && value.IndexOf(delimiters.Repetition) >= 0)
            {
                sink.Add(GuideIssueCodes.TooManyRepetitions, X12Severity.Error,
                    $"{def.Id}{p:00} ({e.Name}) does not repeat, but holds the repetition separator",
                    r.SegmentOrdinal, r.SegmentId, loopId, p, null, value);
                continue;
            }

            CheckValue(ref r, def, e, value, p, loopId, sink);
        }

        foreach (var rule in def.RuleArray)
        {
            CheckRule(ref r, def, rule, loopId, sink);
        }
    }

    /// <summary>
    /// The fast path for the common case, a well-formed simple value: true only when the value certainly passes
    /// (type, length, codes). Anything else takes the full path, which names the precise problem.
    /// </summary>
    // Hot path: compiled optimized at once, so a one-file CLI run does not spend its time in unoptimized code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlainlyValid(ElementDefinition e, ReadOnlySpan<byte> value, X12Delimiters delimiters)
    {
        switch (e.DataType)
        {
            case X12DataType.ID:
                if (value.Length < e.MinLength || value.Length > e.MaxLength)
                {
                    return false;
                }

                if (e.PackedCodes is { } packed)
                {
                    return value.Length <= 8 && Array.IndexOf(packed, ElementDefinition.Pack(value)) >= 0;
                }

                return e.CodeBytes is null && !e.HasPattern && NoSeparator(value, delimiters);
            case X12DataType.N:
            case X12DataType.R:
                return ValueFormats.TryCountDigits(value, e.DataType == X12DataType.R, out var digits)
                    && digits >= e.MinLength && digits <= e.MaxLength;
            case X12DataType.DT:
                return value.Length >= e.MinLength && value.Length <= e.MaxLength && ValueFormats.IsDate(value);
            case X12DataType.TM:
                return value.Length >= e.MinLength && value.Length <= e.MaxLength && ValueFormats.IsTime(value);
            case X12DataType.AN:
                return value.Length >= e.MinLength && value.Length <= e.MaxLength && !e.HasPattern && NoSeparator(value, delimiters);
            default:
                return false;
        }
    }

    /// <summary>No component or repetition separator in the value.</summary>
    private static bool NoSeparator(ReadOnlySpan<byte> value, X12Delimiters delimiters)
    {
        var component = delimiters.Component;
        var repetition = delimiters.HasRepetition ? delimiters.Repetition : component;
        foreach (var b in value)
        {
            if (b == component || b == repetition)
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckValue(ref X12SegmentReader r, SegmentDefinition def, ElementDefinition e,
        ReadOnlySpan<byte> value, int p, string? loopId, IssueCollector sink)
    {
        var componentSeparator = r.Delimiters.Component;
        if (e.DataType == X12DataType.Composite)
        {
            var components = e.Components!;
            var c = 0;
            var rest = value;
            var any = true;
            while (any)
            {
                var cut = rest.IndexOf(componentSeparator);
                var part = cut < 0 ? rest : rest[..cut];
                any = cut >= 0;
                rest = any ? rest[(cut + 1)..] : default;
                c++;
                if (c > components.Count)
                {
                    if (!part.IsEmpty || any)
                    {
                        sink.Add(GuideIssueCodes.TooManyComponents, X12Severity.Error,
                            $"{def.Id}{p:00} has more than the {components.Count} components the guide defines",
                            r.SegmentOrdinal, r.SegmentId, loopId, p, c, part);
                        return;
                    }

                    continue;
                }

                var ce = components[c - 1];
                if (ce is null)
                {
                    continue;
                }

                if (part.IsEmpty)
                {
                    if (ce.Usage == GuideUsage.Required)
                    {
                        sink.Add(GuideIssueCodes.RequiredComponentMissing, X12Severity.Error,
                            $"{def.Id}{p:00}-{c} ({ce.Name}) is required", r.SegmentOrdinal, r.SegmentId, loopId, p, c);
                    }

                    continue;
                }

                if (ce.Usage == GuideUsage.NotUsed)
                {
                    sink.Add(GuideIssueCodes.NotUsedElementPresent, X12Severity.Error,
                        $"{def.Id}{p:00}-{c} ({ce.Name}) is marked Not Used in this guide", r.SegmentOrdinal,
                        r.SegmentId, loopId, p, c, part);
                    continue;
                }

                if (!IsPlainlyValid(ce, part, r.Delimiters))
                {
                    CheckSimple(ref r, def, ce, part, p, c, loopId, sink);
                }
            }

            for (c++; c <= components.Count; c++)
            {
                if (components[c - 1] is { Usage: GuideUsage.Required } missing)
                {
                    sink.Add(GuideIssueCodes.RequiredComponentMissing, X12Severity.Error,
                        $"{def.Id}{p:00}-{c} ({missing.Name}) is required", r.SegmentOrdinal, r.SegmentId, loopId, p, c);
                }
            }

            return;
        }

        if (value.IndexOf(componentSeparator) >= 0 && e.DataType != X12DataType.B)
        {
            sink.Add(GuideIssueCodes.TooManyComponents, X12Severity.Error,
                $"{def.Id}{p:00} ({e.Name}) is a simple element, but holds the component separator",
                r.SegmentOrdinal, r.SegmentId, loopId, p, null, value);
            return;
        }

        CheckSimple(ref r, def, e, value, p, null, loopId, sink);
    }

    private static void CheckSimple(ref X12SegmentReader r, SegmentDefinition def, ElementDefinition e,
        ReadOnlySpan<byte> value, int p, int? c, string? loopId, IssueCollector sink)
    {
        var length = value.Length;
        switch (e.DataType)
        {
            case X12DataType.N:
            case X12DataType.R:
                if (!ValueFormats.TryCountDigits(value, e.DataType == X12DataType.R, out length))
                {
                    Report(ref r, sink, GuideIssueCodes.InvalidCharacter, def, e, p, c, loopId, value,
                        e.DataType == X12DataType.R ? "is not a decimal number" : "is not a whole number (digits only)");
                    return;
                }

                break;
            case X12DataType.DT:
                if (!ValueFormats.IsDate(value))
                {
                    Report(ref r, sink, GuideIssueCodes.InvalidDate, def, e, p, c, loopId, value,
                        value.Length == 6 ? "is not a real YYMMDD date" : "is not a real CCYYMMDD date");
                    return;
                }

                break;
            case X12DataType.TM:
                if (!ValueFormats.IsTime(value))
                {
                    Report(ref r, sink, GuideIssueCodes.InvalidTime, def, e, p, c, loopId, value, "is not a time HHMM[SS[d..]]");
                    return;
                }

                break;
            case X12DataType.B:
                return;
            default:
                // AN and ID: the reader already rejects control characters inside segments (X12005).
                break;
        }

        if (length < e.MinLength)
        {
            Report(ref r, sink, GuideIssueCodes.ElementTooShort, def, e, p, c, loopId, value,
                $"is shorter than the minimum length {e.MinLength}");
            return;
        }

        if (length > e.MaxLength)
        {
            Report(ref r, sink, GuideIssueCodes.ElementTooLong, def, e, p, c, loopId, value,
                $"is longer than the maximum length {e.MaxLength}");
            return;
        }

        if (e.CodeBytes is { } codes && !ValueFormats.IsOneOf(value, codes))
        {
            Report(ref r, sink, GuideIssueCodes.InvalidCode, def, e, p, c, loopId, value,
                codes.Length <= 12
                    ? "is not one of the codes the guide allows here (" + string.Join(", ", e.Codes!) + ")"
                    : "is not one of the codes the guide allows here");
            return;
        }

        if (e.HasPattern && !e.PatternRegex!.IsMatch(System.Text.Encoding.UTF8.GetString(value)))
        {
            Report(ref r, sink, GuideIssueCodes.PatternMismatch, def, e, p, c, loopId, value,
                $"does not match the pattern {e.Pattern}");
        }
    }

    private static void Report(ref X12SegmentReader r, IssueCollector sink, string code, SegmentDefinition def,
        ElementDefinition e, int p, int? c, string? loopId, ReadOnlySpan<byte> value, string what)
    {
        var label = c is null ? $"{def.Id}{p:00}" : $"{def.Id}{p:00}-{c}";
        sink.Add(code, X12Severity.Error, $"{label} ({e.Name}) '{IssueCollector.Text(value)}' {what}",
            r.SegmentOrdinal, r.SegmentId, loopId, p, c, value);
    }

    // Separate from CheckRule: a lambda there would allocate its closure on every call, not only on a finding.
    private static string Names(string segmentId, int[] positions) =>
        string.Join(", ", positions.Select(x => $"{segmentId}{x:00}"));

    private static void CheckRule(ref X12SegmentReader r, SegmentDefinition def, SyntaxRule rule, string? loopId,
        IssueCollector sink)
    {
        // Fast exits: every named element lies beyond the segment's end, or a conditional's first one is absent.
        if (rule.FirstPosition > r.ElementCount
            ? rule.Kind != SyntaxRuleKind.RequiredOne
            : rule.Kind is SyntaxRuleKind.Conditional or SyntaxRuleKind.ListConditional && r.Element(rule.PositionArray[0]).IsEmpty)
        {
            return;
        }

        var positions = rule.PositionArray;
        var present = 0;
        var firstMissing = 0;
        foreach (var position in positions)
        {
            if (!r.Element(position).IsEmpty)
            {
                present++;
            }
            else if (firstMissing == 0)
            {
                firstMissing = position;
            }
        }

        var firstPresent = !r.Element(positions[0]).IsEmpty;
        var ok = rule.Kind switch
        {
            SyntaxRuleKind.Paired => present == 0 || present == positions.Length,
            SyntaxRuleKind.RequiredOne => present > 0,
            SyntaxRuleKind.Exclusion => present <= 1,
            SyntaxRuleKind.Conditional => !firstPresent || present == positions.Length,
            _ => !firstPresent || present >= 2,
        };
        if (ok)
        {
            return;
        }

        var (broken, code, what) = rule.Kind switch
        {
            SyntaxRuleKind.Paired => (present > 0 && present < positions.Length, GuideIssueCodes.ConditionalElementMissing,
                "must all be present when any of them is"),
            SyntaxRuleKind.RequiredOne => (present == 0, GuideIssueCodes.ConditionalElementMissing,
                "need at least one of them present"),
            SyntaxRuleKind.Exclusion => (present > 1, GuideIssueCodes.ExclusionViolated,
                "must not be present together (at most one)"),
            SyntaxRuleKind.Conditional => (firstPresent && present < positions.Length,
                GuideIssueCodes.ConditionalElementMissing, "are all required when the first is present"),
            _ => (firstPresent && present < 2, GuideIssueCodes.ConditionalElementMissing,
                "need at least one of the others when the first is present"),
        };
        if (!broken)
        {
            return;
        }

        var names = Names(def.Id, positions);
        var at = code == GuideIssueCodes.ExclusionViolated || firstMissing == 0 ? positions[^1] : firstMissing;
        sink.Add(code, X12Severity.Error, $"{names} {what} (syntax note {rule})", r.SegmentOrdinal, r.SegmentId,
            loopId, at);
    }
}
