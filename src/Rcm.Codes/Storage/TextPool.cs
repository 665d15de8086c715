using System.Text;

namespace Rcm.Codes.Storage;

/// <summary>
/// Descriptions kept as one UTF-8 blob with offsets; a string is made the first time it is asked for
/// and cached. Look-ups never touch it, so loading stays fast and the hot path allocation-free.
/// </summary>
internal sealed class TextPool
{
    private readonly byte[] _blob;
    private readonly int[] _offsets;
    private readonly string?[] _cache;

    public TextPool(byte[] blob, int[] offsets)
    {
        _blob = blob;
        _offsets = offsets;
        _cache = new string?[offsets.Length - 1];
    }

    public static TextPool Empty { get; } = new([], [0]);

    public int Count => _cache.Length;

    public long Bytes => _blob.Length + _offsets.Length * 4L;

    /// <summary>Text number <paramref name="id"/>; null for -1 (no text).</summary>
    public string? Get(int id)
    {
        if (id < 0)
        {
            return null;
        }
        // A race may decode the same text twice; both results are equal and reference writes are atomic.
        return _cache[id] ??= Encoding.UTF8.GetString(_blob, _offsets[id], _offsets[id + 1] - _offsets[id]);
    }
}
