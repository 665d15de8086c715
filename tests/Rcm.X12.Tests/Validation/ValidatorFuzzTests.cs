using System.Diagnostics;
using Rcm.X12.Acknowledgments;
using Rcm.X12.Tests.Fuzzing;
using Rcm.X12.Tests.Support;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Validation;

/// <summary>
/// Bounded random mutation (fixed seeds, at most a few seconds) of valid transactions and corpus files: validation
/// and the 999 for its report never crash, and that 999 always passes the 999 guide. The only exception allowed is
/// X12FormatException for unreadable input.
/// </summary>
public class ValidatorFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int MaxIterations = 4_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(4);

    [Theory]
    [InlineData(7)]
    [InlineData(20261127)]
    public void Mutated_input_never_crashes_the_validator_or_the_999(int seed)
    {
        var seeds = Seeds();
        var mutator = new X12Mutator(seed);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var iterations = 0;
        var readable = 0;
        for (; iterations < MaxIterations && clock.Elapsed < Budget; iterations++)
        {
            var input = mutator.Mutate(seeds[random.Next(seeds.Count)], seeds[random.Next(seeds.Count)]);
            try
            {
                var report = X12Validator.Validate(input);
                var ack = ImplementationAcknowledgmentWriter.Create(report);
                if (ack.Length > 0)
                {
                    var ackReport = X12Validator.Validate(ack);
                    Assert.True(ackReport.IsValid, "the 999 for a mutant breaks the 999 guide: "
                        + string.Join("; ", ackReport.Issues.Where(i => i.Severity == X12Severity.Error).Take(3).Select(i => i.Code + " " + i.Message)));
                }

                readable++;
            }
            catch (X12FormatException)
            {
                // unreadable input is reported, not a crash
            }
        }

        output.WriteLine($"seed {seed}: {iterations} mutants, {readable} readable");
        Assert.True(iterations >= 200, $"only {iterations} iterations ran");
        Assert.True(readable > iterations / 10, $"only {readable} of {iterations} mutants were readable: the fuzzing is too coarse");
    }

    private static List<byte[]> Seeds()
    {
        var seeds = new List<byte[]>
        {
            Tr3Samples.Interchange(Tr3Samples.Claim837P()),
            Tr3Samples.Interchange(Tr3Samples.Remittance835()),
        };
        if (RepoPaths.RequireX12Corpus() is { } corpus)
        {
            seeds.AddRange(Conformance.CorpusConformanceTests.CorpusFiles(corpus)
                .Where(f => new FileInfo(f.Path).Length < 20_000).Select(f => File.ReadAllBytes(f.Path)));
        }

        return seeds;
    }
}
