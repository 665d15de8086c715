using Rcm.X12.Tests.Support;
using Rcm.X12.Transactions;

namespace Rcm.X12.Tests.Transactions;

/// <summary>Corpus files for typed-parse tests, and the golden files that hold their expected typed JSON.</summary>
public static class TypedCorpus
{
    /// <summary>Where golden JSON files live in the source tree (written there with UPDATE_GOLDEN=1).</summary>
    public static string GoldenRoot => Path.Combine(RepoPaths.RepoRoot, "tests", "Rcm.X12.Tests", "Golden");

    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Every corpus file that is readable X12 (relative paths, ordinal order).</summary>
    public static TheoryData<string> ReadableFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Readable())
        {
            data.Add(file);
        }

        return data;
    }

    public static IEnumerable<string> Readable()
    {
        string? corpus = RepoPaths.RequireX12Corpus();
        if (corpus is null)
        {
            yield break;
        }

        foreach (string file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            byte[] data = File.ReadAllBytes(file);
            if (TryParse(data) is not null)
            {
                yield return Path.GetRelativePath(corpus, file);
            }
        }
    }

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(RepoPaths.X12Corpus, relativePath));

    public static X12ParseResult Parse(string relativePath) => X12TransactionParser.Parse(Bytes(relativePath));

    public static X12ParseResult? TryParse(byte[] data)
    {
        try
        {
            return X12TransactionParser.Parse(data);
        }
        catch (X12FormatException)
        {
            return null;
        }
    }

    /// <summary>The typed JSON of a parse result, without file positions (so re-written files compare equal).</summary>
    public static string JsonWithoutPositions(X12ParseResult result)
    {
        foreach (X12Transaction tx in result.Transactions)
        {
            tx.SegmentOrdinal = 0;
        }

        return X12TypedJson.Serialize(result.Interchanges);
    }
}
