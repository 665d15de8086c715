using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rcm.Core.Persistence;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs (DESIGN.md §3). The key is claimed first with a unique row
/// (practice, key) so concurrent retries cannot both create; same key + same request replays the stored
/// response; same key + different request → 422; a retry while the first is still running → 409.
/// Only successful (2xx) results are kept: after a failure the client may retry with the same key.
/// </summary>
public sealed class IdempotencyFilter : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        string? key = http.Request.Headers[Header];
        if (string.IsNullOrEmpty(key)) return await next(context);
        if (key.Length > 200)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Header] = ["At most 200 characters."] });
        var practiceId = http.User.PracticeId();
        if (practiceId is null) return await next(context);

        var services = http.RequestServices;
        var db = services.GetRequiredService<RcmDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var hash = Fingerprint(http, context.Arguments, json);

        var record = new IdempotencyRecord(practiceId.Value, key, hash, time.GetUtcNow());
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException)
        {
            db.Entry(record).State = EntityState.Detached;
            var existing = await db.IdempotencyRecords.AsNoTracking()
                .SingleAsync(r => r.PracticeId == practiceId && r.Key == key, http.RequestAborted);
            if (existing.RequestHash != hash)
                return TypedResults.Problem(statusCode: 422, title: "Idempotency-Key reused",
                    detail: "This Idempotency-Key was used with a different request; use a new key for a new request.");
            if (existing.StatusCode == 0)
                return TypedResults.Problem(statusCode: 409, title: "Request in progress",
                    detail: "A request with this Idempotency-Key is still being processed; retry shortly.");
            if (existing.Location is not null) http.Response.Headers.Location = existing.Location;
            http.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Text(existing.ResponseJson ?? "", "application/json", Encoding.UTF8, existing.StatusCode);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await Forget(db, record);
            throw;
        }

        var inner = result is INestedHttpResult nested ? nested.Result : result;
        var status = (inner as IStatusCodeHttpResult)?.StatusCode ?? 200;
        if (status is >= 200 and < 300)
        {
            var value = (inner as IValueHttpResult)?.Value;
            var location = inner?.GetType().GetProperty("Location")?.GetValue(inner) as string;
            record.Complete(status, location, value is null ? null : JsonSerializer.Serialize(value, value.GetType(), json));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        else
        {
            await Forget(db, record);
        }
        return result;
    }

    private static async Task Forget(RcmDbContext db, IdempotencyRecord record)
    {
        db.IdempotencyRecords.Remove(record);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Method, route and the bound request body (re-serialised, so formatting differences do not matter).</summary>
    private static string Fingerprint(HttpContext http, IList<object?> arguments, JsonSerializerOptions json)
    {
        var sb = new StringBuilder().Append(http.Request.Method).Append(' ').Append(http.Request.Path).Append('\n');
        foreach (var a in arguments)
        {
            if (a is null || a is HttpContext || a is CancellationToken || a.GetType().Namespace?.StartsWith("Rcm.Server.Api", StringComparison.Ordinal) != true) continue;
            sb.Append(JsonSerializer.Serialize(a, a.GetType(), json)).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
