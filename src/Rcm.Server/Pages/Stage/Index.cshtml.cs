using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rcm.Server.Pages.Stage;

/// <summary>A placeholder page per pipeline stage still to come (DESIGN.md §1), so navigation is complete from day one.</summary>
public sealed class IndexModel : PageModel
{
    private static readonly Dictionary<string, (string Title, string Summary)> Stages = new(StringComparer.Ordinal)
    {
        ["documentation"] = ("Documentation", "Visit notes checked against their templates (Gate 2) before coding."),
        ["coding"] = ("Coding", "Diagnosis and procedure codes with validation edits (Gate 3)."),
        ["claims"] = ("Claims", "837 claims built, scrubbed and submitted; acknowledgements and status."),
        ["payers"] = ("Payers", "Payer connectivity: X12 clearinghouse and portals."),
        ["remittance"] = ("Remittance", "835 remittances posted; denials traced back upstream."),
        ["work-queues"] = ("Work queues", "Everything that failed a gate, with the reason and the fix."),
        ["audit"] = ("Audit", "Who read or changed patient data, when and from where (API: /api/v1/audit)."),
    };

    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";

    public IActionResult OnGet(string name)
    {
        if (!Stages.TryGetValue(name, out var s)) return NotFound();
        (Title, Summary) = s;
        return Page();
    }
}
