using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rcm.Sandbox.Faults;
using Rcm.Sandbox.Hosting;
using Rcm.Sandbox.RealTime;

namespace Rcm.Sandbox.Batch;

/// <summary>
/// The clearinghouse HTTP API: <c>POST /clearinghouse/claims</c> takes an 837 file (raw application/edi-x12 body or a
/// multipart upload field named <c>file</c>) and answers with the batch receipt; <c>GET /clearinghouse/outbound</c>
/// lists the 999, 277CA and 835 files in the mailbox (<c>?since=NAME</c> for newer ones), and
/// <c>GET /clearinghouse/outbound/{name}</c> downloads one.
/// </summary>
public static class ClearinghouseEndpoints
{
    public static IEndpointRouteBuilder MapClearinghouseApi(this IEndpointRouteBuilder app, SandboxServices sandbox)
    {
        app.MapPost("/clearinghouse/claims", context => UploadAsync(context, sandbox));
        app.MapGet("/clearinghouse/outbound", (string? since, string? kind) =>
            Results.Ok(sandbox.Mailbox.Files
                .Where(f => since is null || string.CompareOrdinal(f.Name, since) > 0)
                .Where(f => kind is null || string.Equals(f.Kind, kind, StringComparison.OrdinalIgnoreCase))));
        app.MapGet("/clearinghouse/outbound/{name}", (string name) =>
            sandbox.Mailbox.Read(name) is { } bytes
                ? Results.File(bytes, name.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : RealTimeEndpoints.X12MediaType, name)
                : Results.Problem(detail: $"No file named {name} in the outbound mailbox.", statusCode: 404));
        return app;
    }

    private static async Task UploadAsync(HttpContext context, SandboxServices sandbox)
    {
        byte[] body;
        string name = "upload.837";
        if (context.Request.HasFormContentType)
        {
            IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
            IFormFile? file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null)
            {
                await RealTimeEndpoints.Problem(context, 400, "Attach the 837 file as form field 'file'.");
                return;
            }

            name = file.FileName;
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        else
        {
            body = await RealTimeEndpoints.ReadBodyAsync(context.Request);
        }

        string? payerId = RealTimeEndpoints.PayerOf(body);
        FaultKind fault = await FaultGate.EnterAsync(context, sandbox.Faults, payerId, canBeMalformed: false);
        if (fault is FaultKind.ServerError or FaultKind.Timeout)
        {
            return;
        }

        BatchReceipt receipt = sandbox.Intake.Receive(body, name);
        if (receipt.Error is not null)
        {
            await RealTimeEndpoints.Problem(context, 400, receipt.Error, "SBX010");
            return;
        }

        await Results.Json(receipt, statusCode: 202).ExecuteAsync(context);
    }
}
