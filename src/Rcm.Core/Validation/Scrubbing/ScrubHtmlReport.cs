using System.Globalization;
using System.Net;
using System.Text;
using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>
/// The scrub report as one self-contained HTML page for a biller: the counts first, then each held claim with what is
/// wrong and how to fix it, then the claims that passed with warnings. No scripts, no external files; prints cleanly.
/// </summary>
public static class ScrubHtmlReport
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#1d2733;max-width:72rem}
        h1{font-size:1.5rem;margin-bottom:.25rem} h2{font-size:1.15rem;margin-top:2rem;border-bottom:2px solid #d8dee6;padding-bottom:.25rem}
        .summary{display:flex;gap:1rem;margin:1rem 0} .tile{border:1px solid #d8dee6;border-radius:.5rem;padding:.75rem 1.25rem;min-width:8rem}
        .tile b{display:block;font-size:1.75rem} .held b{color:#b42318} .clean b{color:#067647}
        .claim{border:1px solid #d8dee6;border-radius:.5rem;margin:1rem 0;padding:.75rem 1rem;page-break-inside:avoid}
        .claim h3{margin:0 0 .5rem;font-size:1rem} .meta{color:#5b6776;font-size:.9rem}
        table{border-collapse:collapse;width:100%;font-size:.92rem} th,td{text-align:left;padding:.4rem .5rem;border-top:1px solid #eef1f4;vertical-align:top}
        th{background:#f6f8fa} .block{color:#b42318;font-weight:600} .warn{color:#b54708;font-weight:600} code{font-size:.85rem}
        """;

    public static void Write(ScrubResult result, Stream output)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Claim scrub report – ")
            .Append(Encode(result.FileName)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Claim scrub report</h1><div class=\"meta\">File <code>").Append(Encode(result.FileName)).Append("</code></div>");
        html.Append("<div class=\"summary\">")
            .Append(Tile("", "Claims", result.ClaimCount))
            .Append(Tile("clean", "Ready to send", result.Clean))
            .Append(Tile("held", "Held back", result.Held))
            .Append("</div>");
        html.Append("<p>Claims held back have at least one <span class=\"block\">blocking</span> problem and are not in the clean file. ")
            .Append("<span class=\"warn\">Warnings</span> do not hold a claim back; check them before the payer does.</p>");

        if (result.FileFindings.Count > 0)
        {
            html.Append("<h2>Problems with the file</h2>");
            AppendFindings(html, result.FileFindings);
        }

        AppendClaims(html, "Held back: fix these claims and send them again", result.Reported.Where(c => c.IsHeld));
        AppendClaims(html, "Sent with warnings", result.Reported.Where(c => !c.IsHeld));
        html.Append("</body></html>");
        var bytes = Encoding.UTF8.GetBytes(html.ToString());
        output.Write(bytes);
    }

    private static void AppendClaims(StringBuilder html, string title, IEnumerable<ScrubbedClaim> claims)
    {
        bool any = false;
        foreach (var scrubbed in claims)
        {
            if (!any)
            {
                html.Append("<h2>").Append(Encode(title)).Append("</h2>");
                any = true;
            }

            var claim = scrubbed;
            html.Append("<section class=\"claim\"><h3>Claim ").Append(Encode(claim.ClaimId)).Append("</h3><div class=\"meta\">")
                .Append(Encode(claim.PatientName))
                .Append(" · ").Append(claim.Kind == ClaimKind.Institutional ? "837I" : "837P")
                .Append(" · payer ").Append(Encode(claim.PayerName)).Append(" (").Append(Encode(claim.PayerId)).Append(')')
                .Append(" · service ").Append(claim.FirstServiceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—")
                .Append(" · ").Append('$').Append(claim.TotalCharge.ToString("N2", CultureInfo.InvariantCulture))
                .Append("</div>");
            AppendFindings(html, scrubbed.Findings);
            html.Append("</section>");
        }
    }

    private static void AppendFindings(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        html.Append("<table><thead><tr><th>Rule</th><th>Where</th><th>Problem</th><th>How to fix</th></tr></thead><tbody>");
        foreach (var finding in findings.OrderByDescending(f => f.IsBlocking))
        {
            html.Append("<tr><td><span class=\"").Append(finding.IsBlocking ? "block\">Blocking" : "warn\">Warning").Append("</span><br><code>")
                .Append(Encode(finding.RuleId)).Append("</code></td><td>")
                .Append(finding.LineNumber is { } line ? $"Line {line}<br>" : "")
                .Append("<code>").Append(Encode(finding.Field)).Append("</code></td><td>")
                .Append(Encode(finding.Message)).Append("</td><td>").Append(Encode(finding.Fix)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Tile(string css, string label, int value) =>
        $"<div class=\"tile {css}\"><b>{value.ToString("N0", CultureInfo.InvariantCulture)}</b>{label}</div>";

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
