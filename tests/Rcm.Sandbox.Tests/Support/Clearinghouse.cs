using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Rcm.Sandbox.Edi;

namespace Rcm.Sandbox.Tests.Support;

/// <summary>Test client for the clearinghouse API: upload 837s, read the outbound mailbox.</summary>
public sealed class Clearinghouse
{
    private readonly HttpClient _http;

    public Clearinghouse(HttpClient http) => _http = http;

    public async Task<JsonElement> UploadAsync(byte[] x12)
    {
        using var content = new ByteArrayContent(x12);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        using HttpResponseMessage response = await _http.PostAsync("/clearinghouse/claims", content);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"upload answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<IReadOnlyList<(string Name, string Kind)>> FilesAsync(string? kind = null)
    {
        JsonElement list = await _http.GetFromJsonAsync<JsonElement>("/clearinghouse/outbound" + (kind is null ? string.Empty : "?kind=" + kind));
        return [.. list.EnumerateArray().Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("kind").GetString()!))];
    }

    public Task<byte[]> ReadAsync(string name) => _http.GetByteArrayAsync("/clearinghouse/outbound/" + name);

    /// <summary>The files of a batch receipt, validated, by kind.</summary>
    public async Task<EdiDocument> BatchFileAsync(JsonElement receipt, string kind)
    {
        string name = receipt.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).Single(f => f.Contains($"_{kind}_", StringComparison.Ordinal));
        return X12Check.Valid(await ReadAsync(name), kind);
    }

    /// <summary>Every 835 in the mailbox holding a CLP for <paramref name="claimId"/>, validated and balanced, oldest first.</summary>
    public async Task<IReadOnlyList<EdiDocument>> RemittancesForAsync(string claimId)
    {
        var found = new List<EdiDocument>();
        foreach ((string name, _) in await FilesAsync("835"))
        {
            byte[] bytes = await ReadAsync(name);
            EdiDocument doc = EdiDocument.Parse(bytes);
            if (doc.Segments.Any(s => s.Is("CLP") && s[1] == claimId))
            {
                X12Check.Valid(bytes, $"835 {name}");
                X12Check.Balanced835(doc);
                found.Add(doc);
            }
        }

        return found;
    }
}
