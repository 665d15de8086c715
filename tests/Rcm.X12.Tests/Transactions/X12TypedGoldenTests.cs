using Rcm.X12.Tests.Support;
using Rcm.X12.Transactions;

namespace Rcm.X12.Tests.Transactions;

/// <summary>
/// The typed content of every readable corpus file, as stable JSON, equals its golden file under Golden/. Regenerate
/// on purpose with UPDATE_GOLDEN=1 and review the diff; otherwise any change in a mapper fails here.
/// </summary>
public class X12TypedGoldenTests
{
    private const int LargeJson = 512 * 1024;

    public static TheoryData<string> Files() => TypedCorpus.ReadableFiles();

    private static string Summary(X12ParseResult result, string json)
    {
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));
        var counts = result.Transactions.GroupBy(t => t.TransactionSetId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()} transaction(s)");
        var claims = result.Transactions.OfType<Rcm.X12.Transactions.Claims.ClaimTransaction837>()
            .SelectMany(t => t.BillingProviders).SelectMany(b => b.Subscribers)
            .Sum(s => s.Claims.Count + s.Patients.Sum(p => p.Claims.Count));
        return $"summary of typed JSON ({json.Length} characters)\n{string.Join("\n", counts)}\n837 claims: {claims}\nissues: {result.Issues.Count}\nsha256: {hash}\n";
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Typed_json_matches_golden_file(string relativePath)
    {
        X12ParseResult result = TypedCorpus.Parse(relativePath);
        string json = X12TypedJson.Serialize(result).ReplaceLineEndings("\n") + "\n";
        if (json.Length > LargeJson)
        {
            // Two imsweb files of ~350 KB each expand to ~7 MB of indented JSON; their golden holds counts and a
            // SHA-256 of the JSON instead, so any change still fails here without megabytes in git.
            json = Summary(result, json);
        }

        string golden = Path.Combine(TypedCorpus.GoldenRoot, relativePath + ".json");
        if (TypedCorpus.UpdateGolden)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, json);
            return;
        }

        Assert.True(File.Exists(golden), $"No golden file for {relativePath}; run the tests with UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), json);
    }

    [Fact]
    public void Every_typed_family_in_the_required_folders_has_a_golden_file()
    {
        string? corpus = RepoPaths.RequireX12Corpus();
        if (corpus is null)
        {
            return;
        }

        // The brief: at least every 835, 837P, 837I, 270, 271, 276, 277 and 278 of the LinuxForHealth and stupidedi pass folders.
        var required = TypedCorpus.Readable()
            .Where(p => p.StartsWith("LinuxForHealth__x12", StringComparison.Ordinal) || p.Contains("/pass/", StringComparison.Ordinal))
            .ToList();
        var families = new HashSet<string>();
        foreach (string path in required)
        {
            X12ParseResult result = TypedCorpus.Parse(path);
            foreach (X12Transaction tx in result.Transactions)
            {
                families.Add(tx.TransactionSetId + (tx is Rcm.X12.Transactions.Claims.ClaimTransaction837 c ? c.ClaimType : string.Empty));
            }

            Assert.True(TypedCorpus.UpdateGolden || File.Exists(Path.Combine(TypedCorpus.GoldenRoot, path + ".json")), path);
        }

        Assert.Superset(new HashSet<string> { "835", "837P", "837I", "270", "271", "276", "277", "278" }, families);
    }
}
