using System.Globalization;
using Microsoft.AspNetCore.Http;
using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Hosting;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;
using Rcm.Sandbox.RealTime;
using static Rcm.Sandbox.Portal.PortalHtml;

namespace Rcm.Sandbox.Portal;

/// <summary>The signed-in pages of one payer's portal for one session.</summary>
public sealed class PortalPages
{
    private readonly SandboxServices _sandbox;
    private readonly PortalView _view;
    private readonly PortalSession _session;

    public PortalPages(SandboxServices sandbox, PortalView view, PortalSession session)
    {
        _sandbox = sandbox;
        _view = view;
        _session = session;
    }

    private PortalFields F => _view.Fields;

    private string Token => $"<input type=\"hidden\" name=\"__form_token\" value=\"{E(_session.FormToken)}\">";

    public string Home() => Page(_view, "Home", $"""
        <p id="welcome">Signed in as <strong>{E(_session.Username)}</strong>.</p>
        <ul><li><a href="{_view.Base}/claims">Check claim status</a></li>
        <li><a href="{_view.Base}/eligibility">Verify eligibility and benefits</a></li>
        <li><a href="{_view.Base}/authorizations">Prior authorization status</a></li></ul>
        """, signedIn: true);

    public string Claims(IQueryCollection query)
    {
        string memberId = query[F.MemberId].ToString().Trim();
        string claimNumber = query[F.ClaimNumber].ToString().Trim();
        string form = $"""
            <form id="claim-search" method="get" action="{_view.Base}/claims">
              <label for="{F.MemberId}">{MemberLabel}</label><input id="{F.MemberId}" name="{F.MemberId}" value="{E(memberId)}">
              <label for="{F.ClaimNumber}">{(F == PortalFields.Alternate ? "ICN" : "Claim number")} (or your patient account number)</label>
              <input id="{F.ClaimNumber}" name="{F.ClaimNumber}" value="{E(claimNumber)}">
              <p><button id="search" type="submit">Search</button></p>
            </form>
            """;
        if (memberId.Length == 0 && claimNumber.Length == 0)
        {
            return Page(_view, "Claim Status", form, signedIn: true);
        }

        List<ClaimRecord> found = [.. _sandbox.Ledger.Snapshot().Where(r =>
            r.PayerId == _view.Payer.Id && r.State != ClaimState.Rejected
            && (memberId.Length == 0 || string.Equals(r.Claim.MemberId, memberId, StringComparison.OrdinalIgnoreCase))
            && (claimNumber.Length == 0 || string.Equals(r.ControlNumber, claimNumber, StringComparison.OrdinalIgnoreCase)
                || string.Equals(r.Claim.ClaimId, claimNumber, StringComparison.OrdinalIgnoreCase)))];
        var rows = found.Select(r => (IReadOnlyList<(string, string)>)
        [
            ("Claim #", $"<span class=\"claim-number\">{E(r.ControlNumber)}</span>"),
            ("Patient account", E(r.Claim.ClaimId)),
            ("Patient", E($"{r.Claim.PatientFirst} {r.Claim.PatientLast}")),
            ("Service dates", E(r.Claim.Lines.Count == 0 ? string.Empty : $"{r.Claim.FirstServiceDate:MM/dd/yyyy} - {r.Claim.LastServiceDate:MM/dd/yyyy}")),
            ("Billed", Money(r.Claim.TotalCharge)),
            ("Paid", Money(r.Outcome?.Paid ?? 0)),
            ("Status", $"<span class=\"status\">{E(StatusText(r))}</span>"),
            ("Reasons", E(Reasons(r))),
            ("Documents", AttachmentLink(r)),
        ]).ToList();
        return Page(_view, "Claim Status", form + Records(_view, "claims", rows), signedIn: true);
    }

    public string Eligibility(IQueryCollection query)
    {
        string memberId = query[F.MemberId].ToString().Trim();
        string birth = query[F.BirthDate].ToString().Trim();
        string form = $"""
            <form id="eligibility-search" method="get" action="{_view.Base}/eligibility">
              <label for="{F.MemberId}">{MemberLabel}</label><input id="{F.MemberId}" name="{F.MemberId}" value="{E(memberId)}">
              <label for="{F.BirthDate}">Date of birth (MM/DD/YYYY)</label><input id="{F.BirthDate}" name="{F.BirthDate}" value="{E(birth)}">
              <p><button id="search" type="submit">Check eligibility</button></p>
            </form>
            """;
        if (memberId.Length == 0)
        {
            return Page(_view, "Eligibility & Benefits", form, signedIn: true);
        }

        if (!DateOnly.TryParseExact(birth, ["MM/dd/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly dob))
        {
            return Page(_view, "Eligibility & Benefits", form, signedIn: true, "Enter the date of birth as MM/DD/YYYY.", error: true);
        }

        var members = _sandbox.Members.ById(_view.Payer.Id, memberId).Where(m => m.Person.BirthDate == dob).ToList();
        DateOnly today = _sandbox.Clock.Today;
        var rows = members.Select(m =>
        {
            PlanDefinition plan = _view.Payer.PlanOrDefault(m.PlanId);
            var row = new List<(string, string)>
            {
                ("Member", E($"{m.Person.FirstName} {m.Person.LastName}")),
                (MemberLabel, E(m.MemberId)),
                ("Plan", E(plan.Name)),
                ("Coverage", $"<span class=\"coverage-status\">{(m.IsCoveredOn(today) ? "Active" : "Inactive")}</span>"),
                ("Effective", E($"{m.Effective:MM/dd/yyyy}")),
                ("Terminated", E(m.Terminated is { } t ? $"{t:MM/dd/yyyy}" : "-")),
                ("Office copay", Money(plan.Copay)),
                ("Coinsurance", E($"{plan.Coinsurance * 100:0}%")),
                ("Deductible remaining", Money(_sandbox.Accumulators.DeductibleRemaining(m, plan))),
                ("Other coverage", E(m.OtherCoverage is { } oc ? $"{oc.PayerName} ({(oc.IsPrimary ? "primary" : "new plan")})" : "None on file")),
                ("Authorization required", m.AuthRequiredForAll ? "All services" : "Listed services only"),
            };
            return (IReadOnlyList<(string, string)>)row;
        }).ToList();
        string message = members.Count == 0 ? "No member matches that ID and date of birth." : string.Empty;
        return Page(_view, "Eligibility & Benefits", form + Records(_view, "eligibility", rows), signedIn: true, message.Length > 0 ? message : null, error: members.Count == 0);
    }

    public string Authorizations(IQueryCollection query)
    {
        string memberId = query[F.MemberId].ToString().Trim();
        string form = $"""
            <form id="auth-search" method="get" action="{_view.Base}/authorizations">
              <label for="{F.MemberId}">{MemberLabel}</label><input id="{F.MemberId}" name="{F.MemberId}" value="{E(memberId)}">
              <p><button id="search" type="submit">Find authorizations</button></p>
            </form>
            """;
        if (memberId.Length == 0)
        {
            return Page(_view, "Prior Authorizations", form, signedIn: true);
        }

        var rows = _sandbox.Members.ById(_view.Payer.Id, memberId)
            .SelectMany(m => _sandbox.Authorizations.For(m).Select(a => (IReadOnlyList<(string, string)>)
            [
                ("Authorization #", $"<span class=\"auth-number\">{E(a.Number)}</span>"),
                ("Patient", E($"{m.Person.FirstName} {m.Person.LastName}")),
                ("Service", E(a.Procedure)),
                ("Status", $"<span class=\"auth-status\">{(a.Status switch { "A1" => "Approved", "A4" => "Pended - clinical review", "A3" => "Denied", _ => a.Status })}</span>"),
                ("Valid", E($"{a.From:MM/dd/yyyy} - {a.To:MM/dd/yyyy}")),
                ("Units", a.Units.ToString(CultureInfo.InvariantCulture)),
            ])).ToList();
        return Page(_view, "Prior Authorizations", form + Records(_view, "authorizations", rows), signedIn: true);
    }

    public string AttachmentForm(string icn, string? message, bool error)
    {
        ClaimRecord? record = FindClaim(icn);
        if (record is null)
        {
            return Page(_view, "Upload documentation", "<p>Claim not found.</p>", signedIn: true);
        }

        string list = record.Attachments.Count == 0 ? "<p id=\"attachments\">No documents received yet.</p>"
            : $"<ul id=\"attachments\">{string.Concat(record.Attachments.Select(a => $"<li>{E(a)}</li>"))}</ul>";
        string body = $"""
            <p>Claim <strong class="claim-number">{E(record.ControlNumber)}</strong> (patient account {E(record.Claim.ClaimId)}) - {E(StatusText(record))}</p>
            {list}
            <form id="attachment-form" method="post" enctype="multipart/form-data" action="{_view.Base}/claims/{E(record.ControlNumber)}/attachments">
              {Token}
              <label for="{F.File}">Medical records (PDF only, up to 10 MB)</label>
              <input id="{F.File}" name="{F.File}" type="file" accept="application/pdf">
              <p><button id="upload" type="submit">Upload</button></p>
            </form>
            """;
        return Page(_view, "Upload documentation", body, signedIn: true, message, error);
    }

    public async Task<(int Status, string Html)> UploadAsync(string icn, IFormFile? file)
    {
        ClaimRecord? record = FindClaim(icn);
        if (record is null)
        {
            return (404, Page(_view, "Upload documentation", "<p>Claim not found.</p>", signedIn: true));
        }

        if (file is null || file.Length == 0)
        {
            return (400, AttachmentForm(icn, "Choose a PDF file to upload.", true));
        }

        if (file.Length > 10 << 20)
        {
            return (400, AttachmentForm(icn, "The file is larger than 10 MB.", true));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        byte[] bytes = buffer.ToArray();
        if (!bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            // Checked by content, not by name or declared type: a renamed file is still refused.
            return (400, AttachmentForm(icn, "Only PDF documents are accepted (the file is not a PDF).", true));
        }

        string folder = Path.Combine(_sandbox.Mailbox.Root, "attachments", record.ControlNumber);
        Directory.CreateDirectory(folder);
        string safe = string.Concat(Path.GetFileName(file.FileName).Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'));
        string stored = $"{record.Attachments.Count + 1:D2}_{(safe.Length == 0 ? "document.pdf" : safe)}";
        await File.WriteAllBytesAsync(Path.Combine(folder, stored), bytes);
        string message;
        lock (_sandbox.Ledger.Gate)
        {
            record.Attachments.Add(stored);
            bool awaitingDocuments = record.State == ClaimState.Finalized
                && record.Outcome is { } outcome && outcome.Lines.Any(l => l.Adjustments.Any(a => a.Reason == "16"));
            if (awaitingDocuments)
            {
                // Re-adjudication after documentation arrives: two days on the simulated clock, like a reprocessing queue.
                record.State = ClaimState.InProcess;
                record.DueAt = _sandbox.Clock.GetUtcNow().AddDays(2);
                message = "Documentation received. The claim has been sent for reprocessing.";
            }
            else
            {
                message = "Documentation received and attached to the claim.";
            }
        }

        return (200, AttachmentForm(icn, message, false));
    }

    private string MemberLabel => F == PortalFields.Alternate ? "Subscriber ID" : F == PortalFields.Redesign ? "Member number" : "Member ID";

    private ClaimRecord? FindClaim(string icn) =>
        _sandbox.Ledger.Find(icn) is { } r && r.PayerId == _view.Payer.Id ? r : null;

    private string AttachmentLink(ClaimRecord r) =>
        $"<a class=\"attach\" href=\"{_view.Base}/claims/{E(r.ControlNumber)}/attachments\">Upload ({r.Attachments.Count})</a>";

    private static string Money(decimal amount) => E(amount.ToString("$#,##0.00", CultureInfo.InvariantCulture));

    public static string StatusText(ClaimRecord r) => ClaimStatusResponder.Status(r).Status switch
    {
        "P1:20" when r.Attachments.Count > 0 && r.Adjudications > 0 => "Reprocessing",
        "P1:20" => "In process",
        "P2:46" => "Pended - in review",
        "F1:65" => "Paid",
        "F2:1" => "Denied",
        "F4:1" => "Processed - patient responsibility",
        "F3:1" => "Adjusted",
        _ => "Received",
    };

    private static string Reasons(ClaimRecord r) => r.Outcome is null
        ? string.Empty
        : string.Join("; ", r.Outcome.Lines
            .SelectMany(l => l.Adjustments.Where(a => a.Group != "PR" && a.Reason != "45").Select(a => $"{a.Group}-{a.Reason}").Concat(l.Remarks))
            .Distinct());
}
