using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.RealTime;

/// <summary>CAQH CORE Phase II HTTP MIME multipart: envelope fields in, envelope fields and the 271 out.</summary>
public sealed class CoreEnvelopeTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public CoreEnvelopeTests(SandboxFixture fixture) => _fixture = fixture;

    private static MultipartFormDataContent Envelope(string payload, Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["PayloadType"] = "X12_270_Request_005010X279A1",
            ["ProcessingMode"] = "RealTime",
            ["PayloadID"] = "f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
            ["TimeStamp"] = "2026-03-02T14:00:00Z",
            ["SenderID"] = "CLINIC01",
            ["ReceiverID"] = "SBX01",
            ["CORERuleVersion"] = "2.2.0",
            ["Payload"] = payload,
        };
        change?.Invoke(fields);
        var content = new MultipartFormDataContent();
        foreach ((string name, string value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }

        return content;
    }

    private static async Task<Dictionary<string, string>> FieldsAsync(HttpResponseMessage response)
    {
        string boundary = response.Content.Headers.ContentType!.Parameters.First(p => p.Name == "boundary").Value!.Trim('"');
        var reader = new MultipartReader(boundary, await response.Content.ReadAsStreamAsync());
        var fields = new Dictionary<string, string>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition!);
            fields[disposition.Name.Value!.Trim('"')] = await new StreamReader(section.Body).ReadToEndAsync();
        }

        return fields;
    }

    [Fact]
    public async Task Realtime_270_in_a_CORE_envelope_returns_a_271_in_a_CORE_envelope()
    {
        Member m = Scenarios.Get("SBX01", "active");
        string payload = Encoding.UTF8.GetString(X12Requests.Eligibility(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, m.Person.BirthDate));
        using HttpResponseMessage response = await _fixture.Http.PostAsync("/core/realtime", Envelope(payload));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Dictionary<string, string> fields = await FieldsAsync(response);
        Assert.Equal("X12_271_Response_005010X279A1", fields["PayloadType"]);
        Assert.Equal("RealTime", fields["ProcessingMode"]);
        Assert.Equal("f81d4fae-7dec-11d0-a765-00a0c91e6bf6", fields["PayloadID"]);
        Assert.Equal("SBX01", fields["SenderID"]);
        Assert.Equal("CLINIC01", fields["ReceiverID"]);
        Assert.Equal("2.2.0", fields["CORERuleVersion"]);
        Assert.Equal("Success", fields["ErrorCode"]);
        Assert.True(DateTimeOffset.TryParse(fields["TimeStamp"], out _));
        var doc = X12Check.Valid(Encoding.UTF8.GetBytes(fields["Payload"]), "271 from CORE");
        Assert.Contains(doc.Segments, s => s.Is("EB") && s[1] == "1");
    }

    [Fact]
    public async Task Realtime_276_and_278_go_through_the_same_envelope()
    {
        Member m = Scenarios.Get("SBX02", "active");
        string status = Encoding.UTF8.GetString(X12Requests.ClaimStatus(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, null, "NONE", 1m, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1)));
        using HttpResponseMessage r276 = await _fixture.Http.PostAsync("/core/realtime", Envelope(status, f => f["PayloadType"] = "X12_276_Request_005010X212"));
        Dictionary<string, string> f276 = await FieldsAsync(r276);
        Assert.Equal("X12_277_Response_005010X212", f276["PayloadType"]);
        X12Check.Valid(Encoding.UTF8.GetBytes(f276["Payload"]), "277 from CORE");

        string auth = Encoding.UTF8.GetString(X12Requests.Authorization(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, m.Person.BirthDate, "64483", new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 10)));
        using HttpResponseMessage r278 = await _fixture.Http.PostAsync("/core/realtime", Envelope(auth, f => f["PayloadType"] = "X12_278_Request_005010X217E1_2"));
        Dictionary<string, string> f278 = await FieldsAsync(r278);
        Assert.Equal("X12_278_Response_005010X217E1_2", f278["PayloadType"]);
        Assert.Contains(X12Check.Valid(Encoding.UTF8.GetBytes(f278["Payload"]), "278 from CORE").Segments, s => s.Is("HCR") && s[1] == "A1");
    }

    [Theory]
    [InlineData("ProcessingMode", "Batch", "ProcessingModeIllegal")]
    [InlineData("ProcessingMode", "", "ProcessingModeRequired")]
    [InlineData("PayloadID", "", "PayloadIDRequired")]
    [InlineData("PayloadType", "X12_999_Response_005010X231A1", "PayloadTypeIllegal")]
    [InlineData("CORERuleVersion", "", "CORERuleVersionRequired")]
    [InlineData("CORERuleVersion", "1.1.0", "VersionMismatch")]
    [InlineData("SenderID", "", "SenderIDRequired")]
    [InlineData("TimeStamp", "yesterday", "TimeStampIllegal")]
    [InlineData("PayloadType", "X12_276_Request_005010X212", "PayloadTypeIllegal")]
    public async Task Envelope_errors_come_back_as_CORE_error_codes(string field, string value, string errorCode)
    {
        Member m = Scenarios.Get("SBX01", "active");
        string payload = Encoding.UTF8.GetString(X12Requests.Eligibility(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, m.Person.BirthDate));
        using HttpResponseMessage response = await _fixture.Http.PostAsync("/core/realtime", Envelope(payload, f => f[field] = value));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Dictionary<string, string> fields = await FieldsAsync(response);
        Assert.Equal(errorCode, fields["ErrorCode"]);
        Assert.False(fields.ContainsKey("Payload"));
    }
}
