namespace Rcm.Codes.Tests;

public class CodeSetLoadTests
{
    [Fact]
    public void Every_set_is_shipped_with_rows_a_version_and_dates()
    {
        foreach (string id in CodeSetIds.All)
        {
            ReferenceCodeSet s = Shipped.Codes[id];
            Assert.Equal(id, s.Header.Id);
            Assert.True(s.RowCount > 0, id);
            Assert.False(string.IsNullOrWhiteSpace(s.Header.Version), id);
            Assert.True(s.Header.DataThrough >= s.Header.LatestEffective, id);
            Assert.Equal("shipped", s.Origin);
        }
    }

    [Theory]
    [InlineData(CodeSetIds.Icd10Cm, "FY2025")]
    [InlineData(CodeSetIds.NcciPtp, "2024 Q3")]
    [InlineData(CodeSetIds.Hcpcs, "terminat")]
    [InlineData(CodeSetIds.Carc, "2024-06")]
    public void Known_gaps_are_stated(string id, string mentioned) =>
        Assert.Contains(Shipped.Codes[id].Header.Gaps, g => g.Contains(mentioned, StringComparison.Ordinal));

    [Fact]
    public void Shipped_row_counts_match_the_reference_collection()
    {
        Assert.Equal(97_296 + 291 + 194, Shipped.Codes.Icd10.Codes.RowCount); // FY2024 + new FY2025 codes + FY2025 revisions
        Assert.Equal(2_546_017, Shipped.Codes.Ncci.Pairs.RowCount);
        Assert.Equal(2_238_466, Shipped.Codes.Ncci.Pairs.CodeCount);
        Assert.Equal(405, Shipped.Codes.Carc.Codes.RowCount);
        Assert.Equal(14_677 + 330 + 31, Shipped.Codes.Mue.Practitioner.RowCount);
    }

    [Fact]
    public void Lookups_do_not_allocate()
    {
        CodeSets c = Shipped.Codes;
        var dos = Shipped.D("2024-08-01");
        ReadOnlySpan<byte> icd = "F84.0"u8, col1 = "99214"u8, col2 = "99213"u8, carc = "27"u8;
        int hits = 0;
        for (int i = 0; i < 100; i++)
        {
            hits += Run(c, dos, icd, col1, col2, carc); // warm up (JIT, tiering)
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            hits += Run(c, dos, icd, col1, col2, carc);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(10_100 * 5, hits);

        static int Run(CodeSets c, DateOnly dos, ReadOnlySpan<byte> icd, ReadOnlySpan<byte> col1, ReadOnlySpan<byte> col2, ReadOnlySpan<byte> carc)
        {
            int n = c.Icd10.Lookup(icd, dos).IsBillable ? 1 : 0;
            n += c.Ncci.FindPair(col1, col2, dos).Applies ? 1 : 0;
            n += c.Mue.Find(col2, dos).Applies ? 1 : 0;
            n += c.Carc.Find(carc, dos).Category == DenialCategory.Eligibility ? 1 : 0;
            n += c.Hcpcs.Lookup("A0021"u8, dos).IsValid ? 1 : 0;
            return n;
        }
    }

    [Fact]
    public void Sets_answer_the_same_from_many_threads()
    {
        var dos = Shipped.D("2025-02-01");
        int[] results = new int[8];
        Parallel.For(0, 8, t =>
        {
            for (int i = 0; i < 5_000; i++)
            {
                results[t] += Shipped.Codes.Icd10.Lookup("S72.001A", dos).IsBillable ? 1 : 0;
            }
        });
        Assert.All(results, r => Assert.Equal(5_000, r));
    }
}
