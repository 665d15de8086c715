using Rcm.X12.Tests.Support;
using Rcm.X12.Transactions;

namespace Rcm.X12.Tests.Transactions;

/// <summary>Known corpus files for value assertions; a missing corpus fails in CI and returns null on a laptop.</summary>
internal static class CorpusFile
{
    public const string LinuxForHealth = "LinuxForHealth__x12/src/tests/resources/";
    public const string Stupidedi = "kputnam__stupidedi/spec/fixtures/005010/";

    public static T? Single<T>(string relativePath)
        where T : X12Transaction
    {
        if (RepoPaths.RequireX12Corpus() is null)
        {
            return null;
        }

        X12ParseResult result = TypedCorpus.Parse(relativePath);
        Assert.Empty(result.Issues);
        return Assert.IsType<T>(Assert.Single(result.Transactions));
    }
}
