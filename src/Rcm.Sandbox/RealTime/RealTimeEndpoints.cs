using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rcm.Sandbox.Faults;
using Rcm.Sandbox.Hosting;

namespace Rcm.Sandbox.RealTime;

/// <summary>
/// Real-time X12 over HTTP: <c>POST /x12</c> (application/edi-x12 in and out) and <c>POST /core/realtime</c>, the
/// CAQH CORE Phase II HTTP MIME multipart envelope. Both pass through the payer's faults.
/// </summary>
public static class RealTimeEndpoints
{
    public const string X12MediaType = "application/edi-x12";
    private const int MaxRequestBytes = 4 << 20;

    public static IEndpointRouteBuilder MapRealTimeApi(this IEndpointRouteBuilder app, SandboxServices sandbox)
    {
        app.MapPost("/x12", context => PlainAsync(context, sandbox));
        app.MapPost("/core/realtime", context => CoreAsync(context, sandbox));
        return app;
    }

    private static async Task PlainAsync(HttpContext context, SandboxServices sandbox)
    {
        if (!(context.Request.ContentType ?? string.Empty).StartsWith(X12MediaType, StringComparison.OrdinalIgnoreCase))
        {
            await Problem(context, 415, "Send X12 with Content-Type: application/edi-x12.");
            return;
        }

        byte[] body = await ReadBodyAsync(context.Request);
        string? payerId = PayerOf(body);
        FaultKind fault = await FaultGate.EnterAsync(context, sandbox.Faults, payerId, canBeMalformed: true);
        if (fault is FaultKind.ServerError or FaultKind.Timeout)
        {
            return;
        }

        RealTimeResult result = sandbox.RealTime.Handle(body);
        if (!result.Succeeded)
        {
            await Problem(context, 400, result.Error!, result.ErrorCode);
            return;
        }

        context.Response.ContentType = X12MediaType;
        byte[] response = fault == FaultKind.Malformed ? FaultGate.Truncate(result.Response) : result.Response;
        await context.Response.Body.WriteAsync(response, context.RequestAborted);
    }

    private static async Task CoreAsync(HttpContext context, SandboxServices sandbox)
    {
        if (!context.Request.HasFormContentType)
        {
            await Problem(context, 415, "Send the CORE envelope as multipart/form-data (CORE Phase II HTTP MIME).");
            return;
        }

        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        string payload = form["Payload"].ToString();
        if (payload.Length == 0 && form.Files.GetFile("Payload") is { } file)
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            payload = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var envelope = new CoreEnvelope
        {
            PayloadType = form["PayloadType"].ToString(),
            ProcessingMode = form["ProcessingMode"].ToString(),
            PayloadId = form["PayloadID"].ToString(),
            TimeStamp = form["TimeStamp"].ToString(),
            SenderId = form["SenderID"].ToString(),
            ReceiverId = form["ReceiverID"].ToString(),
            CoreRuleVersion = form["CORERuleVersion"].ToString(),
            Payload = payload,
        };
        string? error = envelope.Check();
        if (error is not null)
        {
            await WriteCoreAsync(context, 400, envelope, envelope.PayloadType, error, $"The CORE envelope is not usable: {error}.", null);
            return;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(payload);
        string? payerId = PayerOf(bytes);
        FaultKind fault = await FaultGate.EnterAsync(context, sandbox.Faults, payerId, canBeMalformed: true);
        if (fault is FaultKind.ServerError or FaultKind.Timeout)
        {
            return;
        }

        RealTimeResult result = sandbox.RealTime.Handle(bytes);
        string responseType = CoreEnvelope.ResponseTypes[envelope.PayloadType];
        if (!result.Succeeded || result.RequestSetId != CoreEnvelope.SetIdOf(envelope.PayloadType))
        {
            string message = result.Error ?? $"PayloadType says {envelope.PayloadType} but the payload is a {result.RequestSetId}.";
            await WriteCoreAsync(context, 400, envelope, responseType, "PayloadTypeIllegal", message, null);
            return;
        }

        byte[] response = fault == FaultKind.Malformed ? FaultGate.Truncate(result.Response) : result.Response;
        await WriteCoreAsync(context, 200, envelope, responseType, "Success", "None", Encoding.UTF8.GetString(response));
    }

    private static async Task WriteCoreAsync(HttpContext context, int status, CoreEnvelope request, string payloadType, string errorCode, string errorMessage, string? payload)
    {
        using var content = new MultipartFormDataContent("sandbox-" + Guid.NewGuid().ToString("N"));
        void Add(string name, string value) => content.Add(new StringContent(value, Encoding.UTF8), name);
        Add("PayloadType", payloadType);
        Add("ProcessingMode", "RealTime");
        Add("PayloadID", string.IsNullOrEmpty(request.PayloadId) ? Guid.NewGuid().ToString() : request.PayloadId);
        Add("TimeStamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        Add("SenderID", string.IsNullOrEmpty(request.ReceiverId) ? "SANDBOX" : request.ReceiverId);
        Add("ReceiverID", string.IsNullOrEmpty(request.SenderId) ? "UNKNOWN" : request.SenderId);
        Add("CORERuleVersion", CoreEnvelope.RuleVersion);
        Add("ErrorCode", errorCode);
        Add("ErrorMessage", errorMessage);
        if (payload is not null)
        {
            Add("Payload", payload);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = content.Headers.ContentType!.ToString();
        await content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    internal static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length > MaxRequestBytes)
        {
            throw new BadHttpRequestException("Request too large.", 413);
        }

        return buffer.ToArray();
    }

    /// <summary>The payer a request is addressed to (NM1*PR or NM1*X3 NM109), for fault injection; null if unreadable.</summary>
    internal static string? PayerOf(byte[] body)
    {
        try
        {
            // A pull over the segments without building strings: only the first payer name is wanted.
            var reader = new Rcm.X12.Reading.X12SegmentReader(body);
            while (reader.Read())
            {
                if (reader.SegmentIs("NM1"u8) && (reader.Element(1).SequenceEqual("PR"u8) || reader.Element(1).SequenceEqual("X3"u8)))
                {
                    return Encoding.UTF8.GetString(reader.Element(9));
                }
            }

            return null;
        }
        catch (Rcm.X12.X12FormatException)
        {
            return null;
        }
    }

    internal static Task Problem(HttpContext context, int status, string detail, string? code = null) =>
        Results.Problem(detail: detail, statusCode: status, extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code })
            .ExecuteAsync(context);
}
