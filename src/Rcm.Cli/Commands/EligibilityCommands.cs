using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Rcm.Core.Eligibility;
using Rcm.Payers.RealTime;

namespace Rcm.Cli.Commands;

/// <summary>`rcm eligibility check`: one real-time 270/271 against the configured connection or a sandbox, in plain words.</summary>
internal static class EligibilityCommands
{
    private const string CheckHelp = """
        One real-time eligibility check (270 → 271, 005010X279A1), printed in plain words.

        The 270 goes to --endpoint (a payer or clearinghouse URL taking application/edi-x12), or to the sandbox at
        --sandbox URL (its /x12), or to $RCM_ELIGIBILITY_ENDPOINT, or to the local sandbox (http://127.0.0.1:5090).
        Timeouts and 5xx are retried with back-off before the payer is called unreachable.

        Exit codes: 0 active, 3 inactive or not found (any payer rejection), 4 payer unreachable, 2 bad arguments.

        Example:
          rcm eligibility check --payer SBX01 --member SCH900000001 --first Jordan --last Whitfield --dob 1962-06-12
        """;

    public static Command Create()
    {
        var group = new Command("eligibility", "Real-time eligibility (gate 1): check a member with a payer.");
        group.Subcommands.Add(CreateCheck());
        return group;
    }

    private static Command CreateCheck()
    {
        var payer = new Option<string?>("--payer") { Description = "Payer id (NM1*PR), e.g. SBX01" };
        var member = new Option<string?>("--member") { Description = "Member id as on the card" };
        var first = new Option<string?>("--first") { Description = "Subscriber first name" };
        var last = new Option<string?>("--last") { Description = "Subscriber last name" };
        var dob = new Option<string?>("--dob") { Description = "Subscriber birth date, YYYY-MM-DD" };
        var serviceType = new Option<string?>("--service-type") { Description = "Service type code (EQ01), default 30" };
        var date = new Option<string?>("--date") { Description = "Date of service, YYYY-MM-DD (default today)" };
        var sandbox = new Option<string?>("--sandbox") { Description = "Base URL of a running sandbox" };
        var endpoint = new Option<string?>("--endpoint") { Description = "Real-time X12 URL of a payer or clearinghouse" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var command = new Command("check", CheckHelp) { TreatUnmatchedTokensAsErrors = false };
        foreach (var o in new Option[] { payer, member, first, last, dob, serviceType, date, sandbox, endpoint, json }) command.Options.Add(o);
        command.SetAction(async (parseResult, ct) =>
        {
            if (parseResult.UnmatchedTokens.Count > 0) return Bad("unknown argument " + parseResult.UnmatchedTokens[0]);
            var missing = new[] { ("--payer", parseResult.GetValue(payer)), ("--member", parseResult.GetValue(member)), ("--first", parseResult.GetValue(first)),
                ("--last", parseResult.GetValue(last)), ("--dob", parseResult.GetValue(dob)) }.Where(x => string.IsNullOrWhiteSpace(x.Item2)).Select(x => x.Item1).ToList();
            if (missing.Count > 0) return Bad("missing " + string.Join(", ", missing));
            if (!DateOnly.TryParseExact(parseResult.GetValue(dob), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
                return Bad("--dob must be YYYY-MM-DD");
            DateOnly serviceDate = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            if (parseResult.GetValue(date) is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out serviceDate))
                return Bad("--date must be YYYY-MM-DD");
            string st = parseResult.GetValue(serviceType) ?? "30";
            if (st.Length is < 1 or > 2 || !st.All(char.IsAsciiLetterOrDigit)) return Bad("--service-type must be a one- or two-character code such as 30 or MH");
            if (!TryUrl(parseResult.GetValue(sandbox), parseResult.GetValue(endpoint), out var url, out var error)) return Bad(error);

            string payerCode = parseResult.GetValue(payer)!.Trim();
            var inquiry = new EligibilityInquiry(payerCode, parseResult.GetValue(member)!.Trim(), parseResult.GetValue(first)!.Trim(), parseResult.GetValue(last)!.Trim(),
                birth, serviceDate, st.ToUpperInvariant()) { TraceNumber = "CLI1" };
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var checker = new EligibilityChecker(new X12HttpPayerConnection(http), new Eligibility270Builder(TimeProvider.System));
            EligibilityOutcome outcome = await checker.CheckAsync(new PayerEndpoint(url, payerCode), inquiry, ct);
            Print(outcome, parseResult.GetValue(json));
            return outcome.Status switch
            {
                EligibilityStatus.Active => 0,
                EligibilityStatus.Unreachable => 4,
                _ => 3,
            };
        });
        return command;
    }

    private static bool TryUrl(string? sandbox, string? endpoint, out Uri url, out string error)
    {
        error = "";
        string? raw = endpoint;
        bool isSandbox = false;
        if (raw is null)
        {
            raw = sandbox ?? Environment.GetEnvironmentVariable("RCM_ELIGIBILITY_ENDPOINT");
            isSandbox = sandbox is not null || raw is null;
            raw ??= "http://127.0.0.1:5090";
        }

        if (!Uri.TryCreate(raw, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            url = null!;
            error = $"{(endpoint is not null ? "--endpoint" : "--sandbox")} must be an http(s) URL";
            return false;
        }

        url = isSandbox ? new Uri(parsed.GetLeftPart(UriPartial.Authority) + "/x12") : parsed;
        return true;
    }

    private static void Print(EligibilityOutcome o, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                status = o.Status.ToString().ToLowerInvariant(),
                summary = o.Summary,
                plan = o.PlanName,
                planBegin = o.PlanBegin,
                planEnd = o.PlanEnd,
                copay = o.Benefits.Copay,
                coinsurancePercent = o.Benefits.CoinsurancePercent,
                deductibleRemaining = o.Benefits.DeductibleRemaining,
                outOfPocketRemaining = o.Benefits.OutOfPocketRemaining,
                otherPayer = o.OtherPayer is { } p ? new { name = p.Name, id = p.PayerCode, primary = p.IsPrimary, serviceType = p.ServiceType } : null,
                authorizationRequired = o.AuthorizationRequired,
                rejection = o.Rejection is { } r ? new { code = r.Code, words = r.Words, fix = r.Fix } : null,
            }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return;
        }

        Console.WriteLine(o.Summary);
        var b = o.Benefits;
        if (o.Status == EligibilityStatus.Active)
        {
            if (b.Copay is { } c) Console.WriteLine($"  copay {c:0.00}");
            if (b.CoinsurancePercent is { } p) Console.WriteLine($"  coinsurance {(p <= 1 ? p * 100 : p):0.##}%"); // EB08 is a fraction (0.2 = 20%)
            if (b.DeductibleRemaining is { } dr) Console.WriteLine($"  deductible remaining {dr:0.00}{(b.Deductible is { } dd ? $" of {dd:0.00}" : "")}");
            if (b.OutOfPocketRemaining is { } or) Console.WriteLine($"  out-of-pocket remaining {or:0.00}{(b.OutOfPocketMax is { } om ? $" of {om:0.00}" : "")}");
            if (o.AuthorizationRequired) Console.WriteLine("  authorization required for services");
            if (o.OtherPayer is { IsPrimary: false } other) Console.WriteLine($"  {other.ServiceType} services: {other.Name} ({other.PayerCode})");
        }
    }

    private static int Bad(string message)
    {
        Console.Error.WriteLine("rcm eligibility check: " + message + " (see rcm eligibility check --help)");
        return 2;
    }
}
