using Rcm.Codes;

namespace Rcm.Codes.Tests;

/// <summary>The shipped sets, loaded once for all tests (loading is immutable and thread-safe).</summary>
internal static class Shipped
{
    private static readonly Lazy<CodeSets> Sets = new(CodeSets.LoadShipped);

    public static CodeSets Codes => Sets.Value;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
