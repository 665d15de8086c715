using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Shared;

namespace Rcm.Core.Eligibility;

/// <summary>
/// Runs a real-time check for one visit and stores it with its raw 271: at scheduling and registration (asking about
/// today, since payers answer for the present), on re-checks and on the visit day (asking about the visit's date).
/// A coverage without the subscriber's details is not sent: the payer could only answer for the wrong person.
/// </summary>
public sealed class EligibilityVerifier
{
    private readonly RcmDbContext _db;
    private readonly EligibilityChecker _checker;
    private readonly EligibilityOptions _options;
    private readonly TimeProvider _time;

    public EligibilityVerifier(RcmDbContext db, EligibilityChecker checker, EligibilityOptions options, TimeProvider time)
    {
        _db = db;
        _checker = checker;
        _options = options;
        _time = time;
    }

    /// <summary>Checks the visit's coverage now; null when there is nothing to ask (no coverage, self-pay, missing subscriber, no connection).</summary>
    public async Task<EligibilityCheck?> CheckVisitAsync(long practiceId, long appointmentId, string trigger, CancellationToken ct)
    {
        var visit = await _db.Appointments.SingleOrDefaultAsync(a => a.Id == appointmentId && a.PracticeId == practiceId, ct)
            ?? throw new KeyNotFoundException("appointment " + appointmentId);
        var coverage = await CoverageFor(visit, ct);
        if (coverage is null || coverage.PlanType == PlanType.SelfPay || CheckpointRules.MissingSubscriber(coverage).Count > 0) return null;
        var payer = await _db.Payers.SingleOrDefaultAsync(p => p.Id == coverage.PayerId && p.PracticeId == practiceId, ct);
        if (payer is null || PayerEndpoint.For(payer) is not { } endpoint) return null;
        var patient = await _db.Patients.SingleAsync(p => p.Id == visit.PatientId && p.PracticeId == practiceId, ct);

        DateTimeOffset now = _time.GetUtcNow();
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        DateOnly visitDay = DateOnly.FromDateTime(visit.StartsAt.UtcDateTime);
        DateOnly asked = visitDay > today ? today : visitDay;
        string serviceType = ServiceTypeFor(visit.ServiceCode);
        EligibilityInquiry inquiry = InquiryFor(patient, coverage, payer.PayerCode, asked, serviceType) with { TraceNumber = "A" + visit.Id };
        EligibilityOutcome outcome = await _checker.CheckAsync(endpoint, inquiry, ct);
        var row = new EligibilityCheck(practiceId, patient.Id, coverage.Id, visit.Id, serviceType, asked, trigger, outcome, _time.GetUtcNow());
        _db.Add(row);
        await _db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The visit's coverage: the one it names, else the patient's primary active on the visit day.</summary>
    public async Task<Coverage?> CoverageFor(Appointment visit, CancellationToken ct)
    {
        if (visit.CoverageId is { } id) return await _db.Coverages.SingleOrDefaultAsync(c => c.Id == id && c.PracticeId == visit.PracticeId, ct);
        DateOnly day = DateOnly.FromDateTime(visit.StartsAt.UtcDateTime);
        var all = await _db.Coverages.Where(c => c.PatientId == visit.PatientId && c.PracticeId == visit.PracticeId).ToListAsync(ct);
        return all.Where(c => c.IsActiveOn(day)).OrderBy(c => c.Order).FirstOrDefault();
    }

    public static EligibilityInquiry InquiryFor(Patient patient, Coverage coverage, string payerCode, DateOnly date, string serviceType) =>
        coverage.Relationship == SubscriberRelationship.Self
            ? new EligibilityInquiry(payerCode, coverage.MemberId, patient.FirstName, patient.LastName, patient.BirthDate, date, serviceType)
            : new EligibilityInquiry(payerCode, coverage.MemberId, coverage.SubscriberFirstName!, coverage.SubscriberLastName!, coverage.SubscriberBirthDate, date, serviceType)
            {
                Dependent = new EligibilityPerson(patient.FirstName, patient.LastName, patient.BirthDate),
            };

    /// <summary>
    /// The 270 EQ01 service type for a planned procedure: behavioural-health codes ask about MH (so a carve-out shows),
    /// everything else about 30, which every payer must answer (X279A1 2110C EQ01).
    /// </summary>
    public string ServiceTypeFor(string? procedure) => procedure switch
    {
        ['9', '0', '8' or '9', ..] or ['H', '0', ..] or ['H', '2', ..] => "MH",
        _ => _options.DefaultServiceType,
    };
}
