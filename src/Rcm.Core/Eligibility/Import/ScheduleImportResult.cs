namespace Rcm.Core.Eligibility.Import;

/// <summary>The outcome of a schedule import: either every row imported (ids of the new visits) or nothing and every error.</summary>
public sealed record ScheduleImportResult(IReadOnlyList<ImportRowError> Errors, IReadOnlyList<long> AppointmentIds, int PatientsCreated, int CoveragesCreated)
{
    public bool Imported => Errors.Count == 0;
}
