namespace Rcm.Bench.Generators;

/// <summary>
/// A tiny deterministic random source (SplitMix64, Steele/Lea/Flood 2014): the same seed gives the same sequence on
/// every runtime, which <see cref="System.Random"/> does not promise.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => (int)(Next() % (ulong)max);

    /// <summary>A value in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public T Pick<T>(T[] values) => values[Next(values.Length)];

    /// <summary>A string of <paramref name="length"/> digits.</summary>
    public string Digits(int length)
    {
        Span<char> digits = stackalloc char[length];
        for (int i = 0; i < length; i++)
        {
            digits[i] = (char)('0' + Next(10));
        }

        return new string(digits);
    }
}
