using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Rcm.Core.Eligibility;
using Rcm.Core.Eligibility.Import;
using Rcm.Server.Security;

namespace Rcm.Server.Api;

/// <summary>
/// <c>POST /api/v1/schedule-imports</c> with a <c>text/csv</c> body (or a JSON string holding it) (columns: docs/eligibility.md): all rows or none;
/// 422 lists every row error. The first 200 imported visits are checked with the payer at once (trigger
/// <c>scheduling</c>); the rest are left to the re-check job.
/// </summary>
public static class EligibilityScheduleImportApi
{
    public static IEndpointRouteBuilder MapEligibilityScheduleImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/schedule-imports", Import).WithTags("Eligibility").RequireAuthorization(AccessPolicies.PatientsWrite)
            .Accepts<string>("text/csv", "text/plain", "application/json");
        return app;
    }

    public sealed record ImportResponse(int Visits, int PatientsCreated, int CoveragesCreated, IReadOnlyList<long> AppointmentIds, int CheckedNow);

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal user, ScheduleCsvImporter importer,
        EligibilityVerifier verifier, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        string csv = await reader.ReadToEndAsync(ct);
        // Integrations that can only send JSON may send the CSV text as one JSON string.
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                csv = System.Text.Json.JsonSerializer.Deserialize<string>(csv) ?? "";
            }
            catch (System.Text.Json.JsonException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body must be CSV text, or one JSON string holding it.");
            }
        }

        long practice = user.RequirePracticeId();
        var result = await importer.ImportAsync(practice, csv, ct);
        if (!result.Imported)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Schedule not imported",
                detail: $"{result.Errors.Count} error(s); nothing was imported.",
                extensions: new Dictionary<string, object?> { ["issues"] = result.Errors.Select(e => new { row = e.Row, column = e.Column, message = e.Message }).ToList() });
        }

        int checkedNow = 0;
        foreach (var id in result.AppointmentIds.Take(200))
        {
            if (await verifier.CheckVisitAsync(practice, id, "scheduling", ct) is not null) checkedNow++;
        }

        return TypedResults.Ok(new ImportResponse(result.AppointmentIds.Count, result.PatientsCreated, result.CoveragesCreated, result.AppointmentIds, checkedNow));
    }
}
