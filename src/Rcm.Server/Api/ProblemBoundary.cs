using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Shared;

namespace Rcm.Server.Api;

/// <summary>
/// Turns errors a caller can cause into RFC 9457 problem details: unreadable JSON, unknown fields and bad
/// values (400, naming the field from the JSON path), oversized bodies (413), illegal transitions and stale
/// versions (409). Messages come from the parser and name fields, never values, so no PHI is echoed or logged.
/// </summary>
public sealed class ProblemBoundary(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var json = e.InnerException as JsonException ?? e.InnerException?.InnerException as JsonException;
            var field = FieldFromPath(json?.Path);
            if (UnmappedProperty(json) is { } unknown && field?.EndsWith(unknown, StringComparison.Ordinal) != true)
                field = field is null ? unknown : field + "." + unknown;
            var detail = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is larger than the limit of this server."
                : json is not null ? PlainJsonMessage(json) : e.Message;
            var errors = field is null ? null : new Dictionary<string, string[]> { [field] = [detail] };
            await Write(context, e.StatusCode, e.StatusCode == 413 ? "Request body too large" : "Malformed request", detail, errors);
        }
        catch (InvalidTransitionException e) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status409Conflict, "Not allowed in the current state", e.Message, null);
        }
        catch (DbUpdateConcurrencyException) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status409Conflict, "Changed by someone else", "The record changed since it was read; read it again and retry.", null);
        }
    }

    /// <summary><c>$.coverage.effectiveFrom</c> → <c>coverage.effectiveFrom</c>; <c>$</c> → null (the whole body).</summary>
    public static string? FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return null;
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    /// <summary>An unknown field is reported at the object's path; its name is in the message (<c>The JSON property 'x' could not be mapped…</c>).</summary>
    private static string? UnmappedProperty(JsonException? e)
    {
        if (e is null) return null;
        var m = System.Text.RegularExpressions.Regex.Match(e.Message, "JSON property '([^']{1,100})' could not be mapped");
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>System.Text.Json messages end with "Path: … | LineNumber …"; keep the first sentence and name the field.</summary>
    private static string PlainJsonMessage(JsonException e)
    {
        var m = e.Message;
        var cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) m = m[..cut];
        m = m.Replace("System.", "", StringComparison.Ordinal);
        var field = FieldFromPath(e.Path);
        return field is null ? m : $"{m} (field '{field}')";
    }

    private static Task Write(HttpContext context, int status, string title, string detail, Dictionary<string, string[]>? errors)
    {
        var problem = new HttpValidationProblemDetails(errors ?? new Dictionary<string, string[]>())
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
            Instance = context.Request.Path,
        };
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
    }
}
