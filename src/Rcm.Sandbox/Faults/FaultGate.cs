using Microsoft.AspNetCore.Http;

namespace Rcm.Sandbox.Faults;

/// <summary>
/// Applies a payer's faults to one HTTP exchange: waits the latency, then either lets the request through, answers
/// 5xx, or holds the request for the timeout and drops the connection. Malformed bodies are the caller's job (it
/// knows the format), signalled by <see cref="FaultKind.Malformed"/>.
/// </summary>
public static class FaultGate
{
    /// <summary>Returns the fault decided; when it is ServerError or Timeout the response has been dealt with.</summary>
    public static async Task<FaultKind> EnterAsync(HttpContext context, FaultInjector faults, string? payerId, bool canBeMalformed)
    {
        CancellationToken aborted = context.RequestAborted;
        await faults.DelayAsync(payerId, aborted);
        FaultKind fault = faults.Decide(payerId, canBeMalformed);
        switch (fault)
        {
            case FaultKind.ServerError:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "5";
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync($"503 Service Unavailable: payer {payerId} is not responding (sandbox fault injection).", aborted);
                break;
            case FaultKind.Timeout:
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(faults.For(payerId).TimeoutSeconds), aborted);
                }
                catch (OperationCanceledException)
                {
                    // The caller gave up first, as it should.
                }

                context.Abort();
                break;
        }

        return fault;
    }

    /// <summary>A response cut short inside a segment, as a dropped gateway connection leaves it.</summary>
    public static byte[] Truncate(byte[] response) => response.Length < 8 ? response : response[..(response.Length * 2 / 3)];
}
