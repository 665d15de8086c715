using System.Text;
using static Rcm.Sandbox.Portal.PortalHtml;

namespace Rcm.Sandbox.Hosting;

/// <summary>The sandbox's front page: payers, their portals, and the endpoints (for people poking around).</summary>
public static class SandboxIndexPage
{
    public static string Render(SandboxServices sandbox)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>OpenRCM payer sandbox</title></head><body>");
        html.Append("<h1>OpenRCM payer and clearinghouse sandbox</h1>");
        html.Append($"<p>Simulated clock: {E(sandbox.Clock.GetUtcNow().ToString("u"))}</p><h2>Payers</h2><ul>");
        foreach (var payer in sandbox.Payers.All)
        {
            html.Append($"<li><strong>{E(payer.Id)}</strong> {E(payer.Name)} ({E(payer.Kind.ToString())}) - <a href=\"/portal/{E(payer.Id)}/login\">{E(payer.Portal.Title)}</a></li>");
        }

        html.Append("</ul><h2>Endpoints</h2><ul>");
        foreach (string line in new[]
        {
            "POST /x12 (application/edi-x12): 270, 276, 278 in; 271, 277, 278 out",
            "POST /core/realtime (multipart/form-data, CAQH CORE Phase II envelope)",
            "POST /clearinghouse/claims (837P/837I); GET /clearinghouse/outbound[/{name}]",
            "GET|POST /control/clock, POST /control/clock/advance, POST /control/payers/{id}/faults, POST /control/payers/{id}/portal",
            "GET /control/claims, GET /control/members, GET /outbox",
        })
        {
            html.Append($"<li><code>{E(line)}</code></li>");
        }

        html.Append("</ul></body></html>");
        return html.ToString();
    }
}
