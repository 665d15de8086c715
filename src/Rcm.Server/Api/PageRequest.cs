using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Rcm.Server.Api;

/// <summary>
/// Keyset (cursor) pagination over ascending ids. The cursor is opaque to clients (base64url of the last id seen);
/// keyset rather than offset so pages stay stable while rows are added and cost the same at any depth.
/// </summary>
public readonly record struct PageRequest(long AfterId, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static bool TryCreate(string? cursor, int? limit, RequestErrors errors, out PageRequest page)
    {
        page = default;
        var l = limit ?? DefaultLimit;
        if (l is < 1 or > MaxLimit) errors.Add("limit", $"Between 1 and {MaxLimit}.");
        long after = 0;
        if (!string.IsNullOrEmpty(cursor) && !TryDecode(cursor, out after)) errors.Add("cursor", "Not a cursor returned by this API.");
        if (errors.Any) return false;
        page = new PageRequest(after, l);
        return true;
    }

    public Page<TOut> ToPage<TIn, TOut>(List<TIn> rows, Func<TIn, long> id, Func<TIn, TOut> map)
    {
        // Rows were fetched with Limit + 1 to learn whether another page exists without a COUNT.
        var more = rows.Count > Limit;
        if (more) rows.RemoveAt(rows.Count - 1);
        return new Page<TOut>(rows.Select(map).ToList(), more ? Encode(id(rows[^1])) : null);
    }

    public static string Encode(long id) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes("c1:" + id.ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecode(string cursor, out long id)
    {
        id = 0;
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith("c1:", StringComparison.Ordinal)
                   && long.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
