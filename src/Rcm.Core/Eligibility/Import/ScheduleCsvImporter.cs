using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Shared;

namespace Rcm.Core.Eligibility.Import;

/// <summary>
/// Imports a schedule from CSV (one visit per row, with its patient and coverage as on the card). Every row is checked
/// first and every error reported with its row and column; only a file without errors is written, in one transaction,
/// so nothing is ever half-imported. Existing patients are matched by account number, coverages by payer and member id.
/// </summary>
public sealed class ScheduleCsvImporter(RcmDbContext db, EligibilityOptions options, TimeProvider time)
{
    public static readonly string[] Columns =
    [
        "account_number", "first_name", "last_name", "birth_date", "sex", "payer_code", "member_id", "group_number", "plan_type", "relationship",
        "subscriber_first_name", "subscriber_last_name", "subscriber_birth_date", "cob_order", "provider_npi", "location", "starts_at", "duration_minutes", "service_code",
    ];

    private static readonly string[] Required = ["account_number", "first_name", "last_name", "birth_date", "payer_code", "member_id", "relationship", "cob_order", "provider_npi", "location", "starts_at"];

    public async Task<ScheduleImportResult> ImportAsync(long practiceId, string csv, CancellationToken ct)
    {
        var errors = new List<ImportRowError>();
        var rows = CsvRows.Parse(csv);
        if (rows.Count < 2) return new([new ImportRowError(0, "", "The file has no data rows (the first row must be the header).")], [], 0, 0);
        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var missing in Required.Where(r => !header.Contains(r))) errors.Add(new ImportRowError(0, missing, "Required column is missing from the header."));
        foreach (var unknown in header.Where(h => !Columns.Contains(h))) errors.Add(new ImportRowError(0, unknown, "Unknown column."));
        if (errors.Count > 0) return new(errors, [], 0, 0);

        var payers = await db.Payers.Where(p => p.PracticeId == practiceId).ToListAsync(ct);
        var providers = await db.Providers.Where(p => p.PracticeId == practiceId).ToListAsync(ct);
        var locations = await db.Locations.Where(l => l.PracticeId == practiceId).ToListAsync(ct);
        var parsed = new List<ParsedRow>();
        for (int i = 1; i < rows.Count; i++)
        {
            var get = (string col) => header.IndexOf(col) is var k and >= 0 && k < rows[i].Count ? rows[i][k].Trim() : "";
            if (ParseRow(i, get, payers, providers, locations, errors) is { } row) parsed.Add(row);
        }

        if (errors.Count > 0) return new(errors, [], 0, 0);
        return await WriteAsync(practiceId, parsed, ct);
    }

    private sealed record ParsedRow(string Account, PatientDetails Patient, Payer Payer, CoverageTerms Terms, long ProviderId, long LocationId,
        DateTimeOffset StartsAt, int Minutes, string? ServiceCode);

    private ParsedRow? ParseRow(int n, Func<string, string> get, List<Payer> payers, List<Provider> providers, List<Location> locations, List<ImportRowError> errors)
    {
        int before = errors.Count;
        void Err(string col, string msg) => errors.Add(new ImportRowError(n, col, msg));
        foreach (var r in Required.Where(r => get(r).Length == 0)) Err(r, "Required.");
        DateOnly? Date(string col)
        {
            var v = get(col);
            if (v.Length == 0) return null;
            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Err(col, "Use YYYY-MM-DD.");
            return null;
        }

        var birth = Date("birth_date");
        var subBirth = Date("subscriber_birth_date");
        var sex = Sex.Unknown;
        if (get("sex") is { Length: > 0 } sx && !Enum.TryParse(sx, true, out sex)) Err("sex", "Use Female, Male or Unknown.");
        var relationship = SubscriberRelationship.Self;
        if (get("relationship") is { Length: > 0 } rel && !(Enum.TryParse(rel, true, out relationship) && Enum.IsDefined(relationship)))
            Err("relationship", "Use Self, Spouse, Child or Other.");
        var planType = PlanType.Commercial;
        if (get("plan_type") is { Length: > 0 } pt && !(Enum.TryParse(pt, true, out planType) && Enum.IsDefined(planType)))
            Err("plan_type", "Unknown plan type.");
        int order = 0;
        if (get("cob_order") is { Length: > 0 } o && !(int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out order) && order is >= 1 and <= 3))
            Err("cob_order", "Use 1 (primary), 2 (secondary) or 3 (tertiary).");
        var payer = payers.FirstOrDefault(p => string.Equals(p.PayerCode, get("payer_code"), StringComparison.OrdinalIgnoreCase));
        if (payer is null && get("payer_code").Length > 0) Err("payer_code", "No payer with this code in the practice.");
        if (payer is not null && get("plan_type").Length == 0) planType = payer.PlanTypes.FirstOrDefault();
        if (get("member_id") is { Length: > 0 } member && payer is not null
            && MemberIdFormats.Check(member, planType, options.MemberIdPatterns.GetValueOrDefault(payer.PayerCode)) is { } bad)
            Err("member_id", "Member id " + bad + ".");
        if (relationship != SubscriberRelationship.Self)
        {
            if (get("subscriber_first_name").Length == 0) Err("subscriber_first_name", "Required when the patient is not the subscriber.");
            if (get("subscriber_last_name").Length == 0) Err("subscriber_last_name", "Required when the patient is not the subscriber.");
            if (get("subscriber_birth_date").Length == 0) Err("subscriber_birth_date", "Required when the patient is not the subscriber.");
        }

        var provider = providers.FirstOrDefault(p => p.Npi.ToString() == get("provider_npi"));
        if (provider is null && get("provider_npi").Length > 0) Err("provider_npi", "No provider with this NPI in the practice.");
        var location = locations.FirstOrDefault(l => string.Equals(l.Name, get("location"), StringComparison.OrdinalIgnoreCase));
        if (location is null && get("location").Length > 0) Err("location", "No location with this name in the practice.");
        DateTimeOffset startsAt = default;
        if (get("starts_at") is { Length: > 0 } s && !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out startsAt))
            Err("starts_at", "Use an ISO 8601 date and time, e.g. 2026-03-02T15:00:00Z.");
        int minutes = 30;
        if (get("duration_minutes") is { Length: > 0 } m && !(int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) && minutes is >= 1 and <= 1440))
            Err("duration_minutes", "Use 1 to 1440.");
        if (errors.Count > before) return null;

        var self = relationship == SubscriberRelationship.Self;
        return new ParsedRow(get("account_number"), new PatientDetails(get("first_name"), get("last_name"), birth!.Value, sex, null, null, null), payer!,
            new CoverageTerms(payer!.Id, get("member_id"), get("group_number") is { Length: > 0 } g ? g : null, planType, relationship,
                self ? null : get("subscriber_first_name"), self ? null : get("subscriber_last_name"), self ? null : subBirth,
                new DateOnly(startsAt.Year, 1, 1), null, order),
            provider!.Id, location!.Id, startsAt, minutes, get("service_code") is { Length: > 0 } sc ? sc : null);
    }

    private async Task<ScheduleImportResult> WriteAsync(long practiceId, List<ParsedRow> rows, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var accounts = rows.Select(r => r.Account).Distinct().ToList();
        var patients = await db.Patients.Where(p => p.PracticeId == practiceId && accounts.Contains(p.AccountNumber)).ToDictionaryAsync(p => p.AccountNumber, ct);
        int newPatients = 0, newCoverages = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var visits = new List<Appointment>();
        foreach (var r in rows)
        {
            if (!patients.TryGetValue(r.Account, out var patient))
            {
                patient = new Patient(practiceId, r.Account, r.Patient, now);
                db.Patients.Add(patient);
                await db.SaveChangesAsync(ct);
                patients[r.Account] = patient;
                newPatients++;
            }

            var coverage = await db.Coverages.FirstOrDefaultAsync(c => c.PracticeId == practiceId && c.PatientId == patient.Id && c.PayerId == r.Payer.Id && c.MemberId == r.Terms.MemberId, ct);
            if (coverage is null)
            {
                coverage = new Coverage(practiceId, patient.Id, r.Terms, now);
                db.Coverages.Add(coverage);
                await db.SaveChangesAsync(ct);
                newCoverages++;
            }

            var visit = new Appointment(practiceId, patient.Id, r.ProviderId, r.LocationId, coverage.Id, r.StartsAt, r.Minutes, r.ServiceCode, now);
            db.Appointments.Add(visit);
            visits.Add(visit);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ScheduleImportResult([], visits.Select(v => v.Id).ToList(), newPatients, newCoverages);
    }
}
