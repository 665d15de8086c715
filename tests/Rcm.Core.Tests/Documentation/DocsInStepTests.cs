using Rcm.Core.Documentation;

namespace Rcm.Core.Tests.Documentation;

/// <summary>docs/templates.md carries generated tables; they must match the data and the DOC registry.</summary>
public sealed class DocsInStepTests
{
    private static readonly string DocPath = Path.Combine(RepoRoot.Find(), "docs", "templates.md");

    [Theory]
    [InlineData("templates")]
    [InlineData("overlays")]
    [InlineData("codes")]
    public void Generated_section_matches_the_data(string section)
    {
        var expected = section switch
        {
            "templates" => TemplateDocs.Templates(Catalogs.BuiltIn),
            "overlays" => TemplateDocs.Overlays(Catalogs.BuiltIn),
            _ => TemplateDocs.Codes(),
        };
        var (begin, end) = ($"<!-- generated:{section} -->\n", $"<!-- /generated:{section} -->");
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var start = doc.IndexOf(begin, StringComparison.Ordinal);
        var stop = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"docs/templates.md lacks the {section} markers");

        var actual = doc[(start + begin.Length)..stop];
        if (actual != expected && Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(DocPath, doc[..(start + begin.Length)] + expected + doc[stop..]);
            return;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Codes_are_unique_and_of_the_doc_family()
    {
        var codes = DocumentationRules.All.Select(r => r.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^DOC[0-9]{3}$", c));
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }
}
