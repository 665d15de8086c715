using System.Globalization;
using System.Text.Json;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>
/// The scrub report as JSON: counts, file-level findings, and each claim that has a finding (held or passed with warnings).
/// Clean claims without findings are only counted, so the report stays small for a file of 190,000 claims.
/// </summary>
public static class ScrubJsonReport
{
    public static void Write(ScrubResult result, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("file", result.FileName);
        json.WriteNumber("claims", result.ClaimCount);
        json.WriteNumber("clean", result.Clean);
        json.WriteNumber("held", result.Held);
        json.WriteStartArray("fileFindings");
        foreach (var finding in result.FileFindings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var claim in result.Reported)
        {
            json.WriteStartObject();
            json.WriteString("claimId", claim.ClaimId);
            json.WriteString("status", claim.IsHeld ? "held" : "clean");
            json.WriteString("transaction", claim.TransactionControlNumber);
            json.WriteString("kind", claim.Kind == Claims.ClaimKind.Institutional ? "837I" : "837P");
            json.WriteString("payerId", claim.PayerId);
            json.WriteString("firstServiceDate", claim.FirstServiceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("totalCharge", claim.TotalCharge);
            json.WriteStartArray("findings");
            foreach (var finding in claim.Findings)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", finding.IsBlocking ? "block" : "warn");
        json.WriteString("field", finding.Field);
        if (finding.LineNumber is { } line)
        {
            json.WriteNumber("line", line);
        }
        else
        {
            json.WriteNull("line");
        }

        json.WriteString("message", finding.Message);
        json.WriteString("fix", finding.Fix);
        json.WriteEndObject();
    }
}
