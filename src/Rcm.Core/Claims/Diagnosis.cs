namespace Rcm.Core.Claims;

/// <summary>An ICD-10-CM diagnosis on a claim. <see cref="Code"/> is kept without the dot, as claims carry it (F84.0 → F840).</summary>
/// <param name="Code">ICD-10-CM code without the dot.</param>
/// <param name="Role">Principal, other, admitting or patient reason.</param>
/// <param name="PresentOnAdmission">Institutional present-on-admission indicator (Y, N, U, W or 1), when given.</param>
public sealed record Diagnosis(string Code, DiagnosisRole Role = DiagnosisRole.Other, string? PresentOnAdmission = null)
{
    /// <summary>Removes the dot and upper-cases, so "f84.0" and "F840" compare equal.</summary>
    public static string Normalize(string code) => code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
