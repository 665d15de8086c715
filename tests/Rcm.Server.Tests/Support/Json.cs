using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rcm.Server.Tests.Support;

/// <summary>Small HTTP + JSON conveniences; responses are read as JSON nodes so tests see the wire format.</summary>
public static class Json
{
    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> SendAsync(this HttpClient client, HttpMethod method, string path, object? body = null,
        string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is string raw) request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? node = null;
        if (text.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) ?? false)) node = JsonNode.Parse(text);
        return (response, node);
    }

    public static Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(this HttpClient c, string path, object body, string? key = null) => c.SendAsync(HttpMethod.Post, path, body, key);
    public static Task<(HttpResponseMessage Response, JsonNode? Body)> GetJsonAsync(this HttpClient c, string path) => c.SendAsync(HttpMethod.Get, path);
    public static Task<(HttpResponseMessage Response, JsonNode? Body)> PutAsync(this HttpClient c, string path, object body) => c.SendAsync(HttpMethod.Put, path, body);

    public static long Id(this JsonNode? node) => node!["id"]!.GetValue<long>();
}
