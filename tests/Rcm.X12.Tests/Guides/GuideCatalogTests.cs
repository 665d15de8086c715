using Rcm.X12.Guides;

namespace Rcm.X12.Tests.Guides;

/// <summary>The guides as data: every one parses, reads like its TR3, and tells sibling loops apart.</summary>
public class GuideCatalogTests
{
    public static TheoryData<string> Keys => [.. GuideCatalog.Keys];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_guide_parses_and_runs_from_st_to_se(string key)
    {
        var (setId, version) = Split(key);

        var guide = GuideCatalog.Get(setId, version)!;

        Assert.Equal(setId, guide.TransactionSetId);
        Assert.Equal(version, guide.Version);
        Assert.Equal("ST", guide.Transaction.Children[0].Id);
        Assert.Equal("SE", guide.Transaction.Children[^1].Id);
        Assert.NotEmpty(guide.Notes);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Sibling_loops_that_start_with_the_same_segment_have_distinct_qualifiers(string key)
    {
        var (setId, version) = Split(key);
        var guide = GuideCatalog.Get(setId, version)!;

        foreach (var loop in Loops(guide.Transaction))
        {
            var starts = loop.Children.OfType<LoopDefinition>().GroupBy(l => l.Trigger.Id).Where(g => g.Count() > 1);
            foreach (var group in starts)
            {
                var codes = group.Select(l => l.Trigger.KeyCodes?.Select(c => System.Text.Encoding.ASCII.GetString(c)).ToHashSet()).ToList();
                Assert.All(codes, c => Assert.NotNull(c));
                for (var i = 0; i < codes.Count; i++)
                {
                    for (var j = i + 1; j < codes.Count; j++)
                    {
                        Assert.False(codes[i]!.Overlaps(codes[j]!),
                            $"{key}: loops under {loop.Id} starting with {group.Key} share qualifiers {string.Join(",", codes[i]!.Intersect(codes[j]!))}");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("837", "005010X222A1", GuideMatchKind.Exact, "005010X222A1")]
    [InlineData("837", "005010X222A2", GuideMatchKind.Variant, "005010X222A1")]
    [InlineData("837", "005010X223A3", GuideMatchKind.Variant, "005010X223A2")]
    [InlineData("271", "005010X279", GuideMatchKind.Variant, "005010X279A1")]
    [InlineData("277", "005010X214", GuideMatchKind.Exact, "005010X214")]
    [InlineData("277", "005010X212", GuideMatchKind.Exact, "005010X212")]
    [InlineData("837", "005010X224A2", GuideMatchKind.None, null)]
    [InlineData("834", "005010X220A1", GuideMatchKind.None, null)]
    [InlineData("837", "004010X098A1", GuideMatchKind.None, null)]
    [InlineData("835", "", GuideMatchKind.None, null)]
    public void Finds_guides_by_set_and_version(string setId, string version, GuideMatchKind kind, string? guideVersion)
    {
        var match = GuideCatalog.Find(setId, version);

        Assert.Equal(kind, match.Kind);
        Assert.Equal(guideVersion, match.Guide?.Version);
    }

    [Fact]
    public void Loops_are_identified_by_their_qualifiers_as_in_the_guide()
    {
        var guide = GuideCatalog.Get("837", "005010X222A1")!;

        Assert.Equal(["85"], Codes(guide.FindLoop("2010AA")!.Trigger.Element(1)));
        Assert.Equal(["22"], Codes(guide.FindLoop("2000B")!.Trigger.Element(3)));
        Assert.Equal(["23"], Codes(guide.FindLoop("2000C")!.Trigger.Element(3)));
        Assert.Equal(GuideUsage.Required, guide.FindLoop("2300")!.Trigger.Usage);
        Assert.Equal(100, guide.FindLoop("2300")!.MaxOccurs);
        Assert.Equal(50, guide.FindLoop("2400")!.MaxOccurs);
    }

    [Fact]
    public void Elements_carry_types_lengths_and_codes()
    {
        var clm = GuideCatalog.Get("837", "005010X222A1")!.FindLoop("2300")!.Trigger;

        var charge = clm.Element(2)!;
        Assert.Equal(X12DataType.R, charge.DataType);
        Assert.Equal((1, 18), (charge.MinLength, charge.MaxLength));
        var location = clm.Element(5)!;
        Assert.Equal(X12DataType.Composite, location.DataType);
        Assert.Equal(["B"], Codes(location.Components![1]));
        Assert.Equal(GuideUsage.NotUsed, clm.Element(3)!.Usage);
    }

    [Theory]
    [InlineData("guide 837 005010X222A1 HC  T\nST R 1  Header\n   01 R ID 3/3  Bad indent", 3)]
    [InlineData("guide 837 005010X222A1 HC  T\nST Q 1  Header", 2)]
    [InlineData("guide 837 005010X222A1 HC  T\nST R 1  Header\n  01 R XX 1/2  Unknown type", 3)]
    public void Malformed_guide_text_names_the_line(string text, int line)
    {
        var e = Assert.Throws<FormatException>(() => GuideTextParser.Parse(text));

        Assert.Contains($"line {line}", e.Message, StringComparison.Ordinal);
    }

    private static string[] Codes(ElementDefinition? element) => element?.Codes?.ToArray() ?? [];

    private static (string, string) Split(string key) => (key[..key.IndexOf(' ', StringComparison.Ordinal)], key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

    private static IEnumerable<LoopDefinition> Loops(LoopDefinition loop) =>
        new[] { loop }.Concat(loop.Children.OfType<LoopDefinition>().SelectMany(Loops));
}
