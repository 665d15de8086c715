using Rcm.X12.Envelopes;
using Rcm.X12.Tests.Support;

namespace Rcm.X12.Tests.Envelopes;

/// <summary>
/// The envelope scanner over the shared corpus, checked against the counts in the corpus's PROVENANCE.md (#ISA, #ST,
/// ST01, GS08 taken from each file by whoever assembled the corpus) and against the sources' own "pass" folders.
/// </summary>
public class X12EnvelopeCorpusTests
{
    public static TheoryData<string, int, int, string, string> ProvenanceRows()
    {
        var data = new TheoryData<string, int, int, string, string>();
        string? corpus = RepoPaths.RequireX12Corpus();
        if (corpus is null)
        {
            return data;
        }

        foreach (string line in File.ReadLines(Path.Combine(corpus, "PROVENANCE.md")))
        {
            // | repo | commit | original path | ST01 | GS08 | ISA12 | #ISA | #ST | delims | bytes | licence | status |
            string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 13 || !int.TryParse(cells[7], out int interchanges) || interchanges == 0 || !int.TryParse(cells[8], out int transactions))
            {
                continue;
            }

            string path = Path.Combine(cells[1].Replace('/', '_').Replace("_", "__", StringComparison.Ordinal), cells[3]);
            data.Add(path, interchanges, transactions, cells[4], cells[5]);
        }

        return data;
    }

    [Fact]
    public void Provenance_lists_the_corpus_files()
    {
        if (RepoPaths.RequireX12Corpus() is null)
        {
            return;
        }

        Assert.True(ProvenanceRows().Count >= 140);
    }

    [Theory]
    [MemberData(nameof(ProvenanceRows))]
    public void Finds_the_interchanges_and_transactions_the_provenance_lists(string path, int interchanges, int transactions, string setId, string version)
    {
        byte[] data = File.ReadAllBytes(Path.Combine(RepoPaths.X12Corpus, path));
        if (NaiveX12Split.Segments(data) is null)
        {
            // Listed with an ISA but not readable: prose before the ISA, or an ISA that is not 106 bytes.
            Assert.Throws<X12FormatException>(() => X12EnvelopeScanner.Scan(data));
            return;
        }

        X12EnvelopeReport report = X12EnvelopeScanner.Scan(data);

        Assert.Equal(interchanges, report.Interchanges.Count);
        Assert.Equal(transactions, report.Transactions.Count());
        Assert.Equal(setId, report.Transactions.First().SetId);
        Assert.Equal(version, report.Interchanges[0].Groups[0].Version);
        if (path.Contains("/pass/", StringComparison.Ordinal))
        {
            // The sources' "pass" files parse there; a few carry wrong SE01 / IEA02 values, which we do report.
            string[] structural = [X12EnvelopeCodes.MissingSe, X12EnvelopeCodes.MissingGe, X12EnvelopeCodes.MissingIea,
                X12EnvelopeCodes.OutsideTransaction, X12EnvelopeCodes.OutsideInterchange, X12EnvelopeCodes.InvalidSegmentId];
            Assert.DoesNotContain(report.Issues, i => structural.Contains(i.Code));
        }
    }
}
