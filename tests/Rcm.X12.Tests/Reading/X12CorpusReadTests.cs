using Rcm.X12.Reading;
using Rcm.X12.Tests.Support;

namespace Rcm.X12.Tests.Reading;

/// <summary>
/// Every file of ../shared/corpus/x12 read with exact segment and element counts, checked against an independent,
/// deliberately naive split. Files that are not X12 (licences, CSV oracles, prose, files without an ISA) must throw
/// an X12FormatException with a position.
/// </summary>
public class X12CorpusReadTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        string? corpus = RepoPaths.RequireX12Corpus();
        if (corpus is null)
        {
            return data;
        }

        foreach (string file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(corpus, file));
        }

        return data;
    }

    [Fact]
    public void Corpus_is_present_and_large()
    {
        string? corpus = RepoPaths.RequireX12Corpus();
        if (corpus is null)
        {
            return; // Developer machine without ../shared; CI fails in RequireX12Corpus instead.
        }

        Assert.True(Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Count() >= 150);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Reads_corpus_file_with_exact_segment_and_element_counts(string relativePath)
    {
        byte[] data = File.ReadAllBytes(Path.Combine(RepoPaths.X12Corpus, relativePath));
        List<(string Id, int Elements)>? expected = NaiveX12Split.Segments(data);

        if (expected is null)
        {
            X12FormatException error = X12Segments.ReadError(data);
            Assert.InRange(error.ByteOffset, 0, data.Length);
            Assert.EndsWith($"byte offset {error.ByteOffset})", error.Message);
            return;
        }

        var actual = new List<(string, int)>();
        var reader = new X12SegmentReader(data);
        while (reader.Read())
        {
            actual.Add((reader.GetSegmentId(), reader.ElementCount));
        }

        Assert.Equal(expected, actual);
        Assert.Equal(actual.Select(a => a.Item1), X12Segments.ReadStreamed(data, 128).Select(s => s[0]));
    }
}
