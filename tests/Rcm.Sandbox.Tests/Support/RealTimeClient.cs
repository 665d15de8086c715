using System.Net;
using System.Net.Http.Headers;
using Rcm.Sandbox.Edi;

namespace Rcm.Sandbox.Tests.Support;

/// <summary>Posts X12 to <c>/x12</c> and returns the validated response.</summary>
public static class RealTimeClient
{
    public static async Task<EdiDocument> PostAsync(HttpClient http, byte[] request, string what)
    {
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        using HttpResponseMessage response = await http.PostAsync("/x12", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return X12Check.Valid(await response.Content.ReadAsByteArrayAsync(), what);
    }
}
