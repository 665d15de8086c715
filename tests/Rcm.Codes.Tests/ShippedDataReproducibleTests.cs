using Rcm.CodeSets.Build;

namespace Rcm.Codes.Tests;

public class ShippedDataReproducibleTests
{
    [Fact]
    public void Shipped_files_are_exactly_what_the_builder_makes_from_the_reference_collection()
    {
        string? reference = RepoFolders.Reference();
        if (reference is null)
        {
            return; // developer machine without ../shared; CI fails in Reference()
        }
        using var tmp = new TempFolder();
        Assert.Equal(0, ShippedSetBuilder.Run(reference, tmp.Path));
        string shipped = Path.Combine(RepoFolders.Repo(), "src", "Rcm.Codes", "Data");
        foreach (string id in CodeSetIds.All)
        {
            byte[] built = File.ReadAllBytes(Path.Combine(tmp.Path, id + ".rcmc"));
            byte[] committed = File.ReadAllBytes(Path.Combine(shipped, id + ".rcmc"));
            Assert.True(built.AsSpan().SequenceEqual(committed), $"{id}.rcmc differs from a fresh build: rerun tools/codegen/Rcm.CodeSets.Build.");
        }
    }
}
