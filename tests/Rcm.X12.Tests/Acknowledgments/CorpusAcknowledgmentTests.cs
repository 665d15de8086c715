using Rcm.X12.Acknowledgments;
using Rcm.X12.Tests.Conformance;
using Rcm.X12.Tests.Support;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Acknowledgments;

/// <summary>
/// For every readable corpus file, the 999 we write passes the 999 guide (005010X231A1), acknowledges every
/// functional group, and reads back with one verdict per transaction set, rejected exactly where we found errors.
/// </summary>
public class CorpusAcknowledgmentTests
{
    [Fact]
    public void The_999_for_every_readable_corpus_file_is_valid_and_reads_back()
    {
        var corpus = RepoPaths.RequireX12Corpus();
        if (corpus is null)
        {
            return;
        }

        var problems = new List<string>();
        foreach (var (path, relative) in CorpusConformanceTests.CorpusFiles(corpus))
        {
            X12ValidationReport report;
            try
            {
                report = X12Validator.Validate(File.ReadAllBytes(path));
            }
            catch (X12FormatException)
            {
                continue;
            }

            var bytes = ImplementationAcknowledgmentWriter.Create(report);
            var groups = report.Envelope.Interchanges.SelectMany(i => i.Groups).Where(g => g.FunctionalId != "FA").ToList();
            if (groups.Count == 0)
            {
                // Acknowledgments are not acknowledged.
                Assert.Empty(bytes);
                continue;
            }

            var ackReport = X12Validator.Validate(bytes);
            if (!ackReport.IsValid)
            {
                problems.Add($"{relative}: 999 invalid: {string.Join("; ", ackReport.Issues.Where(i => i.Severity == X12Severity.Error).Take(3).Select(i => i.Code + " " + i.Message))}");
                continue;
            }

            var ack = ImplementationAcknowledgmentReader.Read(bytes);
            var verdicts = ack.Groups.SelectMany(g => g.Transactions).Select(t => t.Status == AcknowledgmentStatus.Rejected).ToList();
            var expected = groups.SelectMany(g => g.Transactions).Select(t => !report.For(t).IsValid || report.For(t).Guide is null || !t.IsClosed).ToList();
            if (ack.Groups.Count != groups.Count || !verdicts.SequenceEqual(expected))
            {
                problems.Add($"{relative}: {ack.Groups.Count} groups acknowledged for {groups.Count}; rejected {string.Join(",", verdicts)} expected {string.Join(",", expected)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
