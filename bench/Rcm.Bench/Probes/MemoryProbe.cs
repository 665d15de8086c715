using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Rcm.Bench.Probes;

/// <summary>
/// Peer-free limit probes run beside the reader on the same buffer, so that reader/probe ratios hold when the
/// shared machine's speed drifts (PERFORMANCE.md: memory read ~10 GB/s, AVX2 delimiter count ~33 GB/s here).
/// </summary>
public static class MemoryProbe
{
    /// <summary>Sums the buffer as 64-bit words: the speed of reading memory.</summary>
    public static ulong Sum(ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(data);
        Vector256<ulong> total = Vector256<ulong>.Zero;
        int i = 0;
        for (; i + Vector256<ulong>.Count <= words.Length; i += Vector256<ulong>.Count)
        {
            total += Vector256.Create(words.Slice(i, Vector256<ulong>.Count));
        }

        ulong sum = Vector256.Sum(total);
        for (; i < words.Length; i++)
        {
            sum += words[i];
        }

        return sum;
    }

    /// <summary>Counts two delimiter bytes with Vector256 compares and popcount: the speed of finding delimiters.</summary>
    public static long CountDelimiters(ReadOnlySpan<byte> data, byte first, byte second)
    {
        ref byte origin = ref MemoryMarshal.GetReference(data);
        Vector256<byte> a = Vector256.Create(first);
        Vector256<byte> b = Vector256.Create(second);
        long count = 0;
        int i = 0;
        for (; i + 32 <= data.Length; i += 32)
        {
            Vector256<byte> block = Vector256.LoadUnsafe(ref origin, (nuint)i);
            uint mask = (Vector256.Equals(block, a) | Vector256.Equals(block, b)).ExtractMostSignificantBits();
            count += BitOperations.PopCount(mask);
        }

        for (; i < data.Length; i++)
        {
            count += data[i] == first || data[i] == second ? 1 : 0;
        }

        return count;
    }
}
