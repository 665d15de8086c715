using System.Text;
using System.Text.Encodings.Web;

namespace Rcm.Sandbox.Portal;

/// <summary>Server-rendered page frame and the little HTML building the portal needs (always encoded).</summary>
public static class PortalHtml
{
    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    public static string Page(PortalView view, string title, string body, bool signedIn, string? message = null, bool error = false)
    {
        string accent = view.Payer.Id switch { "SBX01" => "#0b5394", "SBX02" => "#38761d", "SBX03" => "#990000", _ => "#674ea7" };
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append($"<title>{E(title)} - {E(view.Payer.Portal.Title)}</title>");
        html.Append("<style>body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#f4f4f4;color:#222}");
        html.Append($"header{{background:{accent};color:#fff;padding:12px 20px}}header h1{{margin:0;font-size:20px}}");
        html.Append("nav a{color:#fff;margin-right:16px}main{padding:20px;max-width:1100px}");
        html.Append("table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #ccc;padding:6px 8px;text-align:left}");
        html.Append(".card{background:#fff;border:1px solid #ccc;border-radius:6px;padding:10px 14px;margin:10px 0}dt{font-weight:bold}");
        html.Append(".msg{padding:8px 12px;background:#e7f3e7;border:1px solid #9c9}.error{background:#fde8e8;border-color:#e99}");
        html.Append("label{display:block;margin-top:8px}input{padding:4px}</style></head><body>");
        html.Append($"<header class=\"{(view.Redesigned ? "v2" : "classic")}\"><h1>{E(view.Payer.Portal.Title)}</h1>");
        if (view.Redesigned)
        {
            html.Append("<div class=\"banner\">Welcome to our new provider experience!</div>");
        }

        if (signedIn)
        {
            html.Append($"<nav><a href=\"{view.Base}/home\">Home</a><a id=\"nav-claims\" href=\"{view.Base}/claims\">Claim Status</a>");
            html.Append($"<a id=\"nav-eligibility\" href=\"{view.Base}/eligibility\">Eligibility &amp; Benefits</a>");
            html.Append($"<a id=\"nav-auths\" href=\"{view.Base}/authorizations\">Prior Authorizations</a>");
            html.Append($"<a id=\"nav-signout\" href=\"{view.Base}/logout\">Sign out</a></nav>");
        }

        html.Append("</header><main>");
        if (message is not null)
        {
            html.Append($"<div id=\"message\" class=\"msg{(error ? " error" : string.Empty)}\" role=\"alert\">{E(message)}</div>");
        }

        html.Append($"<h2>{E(title)}</h2>");
        html.Append(body);
        html.Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>Records as a table or as cards, per the portal's style; each record is label/value pairs.</summary>
    public static string Records(PortalView view, string kind, IReadOnlyList<IReadOnlyList<(string Label, string Html)>> records)
    {
        var html = new StringBuilder();
        if (records.Count == 0)
        {
            html.Append($"<p id=\"{view.Fields.ResultsId}\" class=\"empty\">No {E(kind)} found.</p>");
            return html.ToString();
        }

        if (view.Style == Payers.PortalStyle.Table)
        {
            html.Append($"<table id=\"{view.Fields.ResultsId}\" class=\"{E(kind)}\"><thead><tr>");
            foreach ((string label, _) in records[0])
            {
                html.Append($"<th>{E(label)}</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (IReadOnlyList<(string Label, string Html)> record in records)
            {
                html.Append("<tr>");
                foreach ((string label, string value) in record)
                {
                    html.Append($"<td data-label=\"{E(label)}\">{value}</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</tbody></table>");
            return html.ToString();
        }

        html.Append($"<div id=\"{view.Fields.ResultsId}\" class=\"{E(kind)}\">");
        foreach (IReadOnlyList<(string Label, string Html)> record in records)
        {
            html.Append("<div class=\"card\"><dl>");
            foreach ((string label, string value) in record)
            {
                html.Append($"<dt>{E(label)}</dt><dd data-label=\"{E(label)}\">{value}</dd>");
            }

            html.Append("</dl></div>");
        }

        html.Append("</div>");
        return html.ToString();
    }
}
