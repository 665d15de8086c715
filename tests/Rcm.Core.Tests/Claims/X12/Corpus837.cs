using Rcm.Core.Tests.Validation;

namespace Rcm.Core.Tests.Claims.X12;

/// <summary>
/// The 5010 professional and institutional claim files of ../shared/corpus/x12 that their sources call valid (PROVENANCE.md):
/// stupidedi's X222A1/X223A2 pass fixtures, LinuxForHealth's 837 demos, and imsweb's valid samples. Dental, predetermination
/// and the intentionally broken imsweb files are left out.
/// </summary>
public static class Corpus837
{
    private static readonly string[] ImswebValid = ["x12_valid.txt", "x12_many_claims.txt", "x12_multiple_transactions.txt", "x223-test.txt"];

    public static IReadOnlyList<string> Files()
    {
        var root = RepoPaths.Corpus837;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f =>
                (f.Contains("X222A1 HC837", StringComparison.Ordinal) || f.Contains("X223A2 HC837", StringComparison.Ordinal)) && f.Contains("/pass/", StringComparison.Ordinal)
                || f.Contains("LinuxForHealth", StringComparison.Ordinal) && (f.EndsWith(".837", StringComparison.Ordinal) || f.EndsWith(".837i", StringComparison.Ordinal))
                || f.Contains("imsweb", StringComparison.Ordinal) && f.Contains("837_5010", StringComparison.Ordinal) && ImswebValid.Contains(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
